//! `tkgdq` error codes, API version 2019-04-11.

tc_errors::tc_errors! {
    /// `tkgdq` error codes, API version 2019-04-11.
    #[non_exhaustive]
    pub enum TkgdqError {
        use common;

        "InternalError" => _ / "内部错误",
        "InternalError.GraphEngineError" => _ / "图数据库引擎内部错误",
        "InternalError.GremlinTimeoutError" => _ / "图查询引擎计算超时错误",
        "InternalError.RequestEncodeError" => _ / "请求数据解析失败",
        "InternalError.RequestParseError" => _ / "读取请求数据内容失败",
        "InternalError.ResponseDecodeError" => _ / "系统响应解析失败",
        "InvalidParameter" => _ / "参数错误",
        "InvalidParameter.InvalidActionError" => _ / "不可用的接口操作错误",
        "InvalidParameterValue" => _ / "参数取值错误",
        "LimitExceeded.InsufficientBalanceError" => _ / "账户余量不足错误",
        "UnauthorizedOperation.UnauthorizedAccountError" => _ / "未授权的用户请求错误",

        version "2019-04-11" {
            DescribeEntity => "InternalError InternalError.GraphEngineError InternalError.GremlinTimeoutError InternalError.RequestEncodeError InternalError.RequestParseError InternalError.ResponseDecodeError InvalidParameter InvalidParameter.InvalidActionError InvalidParameterValue LimitExceeded.InsufficientBalanceError UnauthorizedOperation.UnauthorizedAccountError",
            DescribeRelation => "InternalError InternalError.GraphEngineError InternalError.GremlinTimeoutError InternalError.RequestEncodeError InternalError.RequestParseError InternalError.ResponseDecodeError InvalidParameter InvalidParameter.InvalidActionError InvalidParameterValue LimitExceeded.InsufficientBalanceError UnauthorizedOperation.UnauthorizedAccountError",
            DescribeTriple => "InternalError InternalError.GraphEngineError InternalError.GremlinTimeoutError InternalError.RequestEncodeError InternalError.RequestParseError InternalError.ResponseDecodeError InvalidParameter InvalidParameter.InvalidActionError InvalidParameterValue LimitExceeded.InsufficientBalanceError UnauthorizedOperation.UnauthorizedAccountError",
        }
    }
}
