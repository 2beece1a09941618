//! `irp` error codes, API versions 2022-03-24 and 2022-08-05.

tc_errors::tc_errors! {
    /// `irp` error codes, API versions 2022-03-24 and 2022-08-05.
    #[non_exhaustive]
    pub enum IrpError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "OperationDenied" => _ / "操作被拒绝。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2022-03-24" {
            RecommendContent => "InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
            ReportAction => "InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
            ReportMaterial => "InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
            ReportPortrait => "InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
        }

        version "2022-08-05" {
            DescribeGoodsRecommend => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            FeedRecommend => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            ReportFeedBehavior => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            ReportFeedItem => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            ReportFeedUser => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            ReportGoodsBehavior => "InternalError InvalidParameter InvalidParameterValue LimitExceeded OperationDenied UnauthorizedOperation",
            ReportGoodsInfo => "InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
        }
    }
}
