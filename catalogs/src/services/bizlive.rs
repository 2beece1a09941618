//! `bizlive` error codes, API version 2019-03-13.

tc_errors::tc_errors! {
    /// `bizlive` error codes, API version 2019-03-13.
    #[non_exhaustive]
    pub enum BizliveError {
        use common;

        "FailedOperation" => _ / "操作失败",
        "FailedOperation.LackBandwidth" => _ / "带宽不足",
        "InternalError" => _ / "内部错误",
        "InternalError.CallOtherSvrError" => _ / "调用内部服务错误。",
        "InternalError.ConfigNotExist" => _ / "配置不存在。",
        "InternalError.DBError" => _ / "DB执行错误。",
        "InternalError.GetBizidError" => _ / "获取用户账号错误。",
        "InternalError.GetStreamInfoError" => _ / "获取流信息失败。",
        "InternalError.GetUpstreamInfoError" => _ / "获取直播源信息错误。",
        "InternalError.NotPermmitOperat" => _ / "无权限操作。",
        "InternalError.StreamStatusError" => _ / "流状态异常。",
        "InternalError.UpdateDataError" => _ / "更新数据失败。",
        "InvalidParameter" => _ / "参数错误",
        "InvalidParameter.JsonParseError" => _ / "Json解析失败",
        "InvalidParameterValue" => _ / "参数取值错误",
        "LimitExceeded.NoIMAbility" => _ / "确认插件是否有IM能力",
        "MissingParameter" => _ / "缺少参数错误",
        "ResourceNotFound.NoIdle" => _ / "没有空闲机器",

        version "2019-03-13" {
            CreateSession => "FailedOperation.LackBandwidth InternalError InvalidParameter.JsonParseError ResourceNotFound.NoIdle",
            DescribeStreamPlayInfoList => "FailedOperation InternalError InvalidParameterValue MissingParameter",
            DescribeWorkers => "InvalidParameter.JsonParseError",
            ForbidLiveStream => "InternalError InternalError.CallOtherSvrError InternalError.ConfigNotExist InternalError.GetBizidError InternalError.GetStreamInfoError InternalError.GetUpstreamInfoError InternalError.NotPermmitOperat InternalError.StreamStatusError InternalError.UpdateDataError InvalidParameter InvalidParameterValue MissingParameter",
            RegisterIM => "InternalError InternalError.DBError InvalidParameter InvalidParameter.JsonParseError LimitExceeded.NoIMAbility",
            StopGame => "InternalError InvalidParameter.JsonParseError",
        }
    }
}
