//! `tccatalog` error codes, API version 2024-10-24.

tc_errors::tc_errors! {
    /// `tccatalog` error codes, API version 2024-10-24.
    #[non_exhaustive]
    pub enum TccatalogError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.InvalidTimeFormat" => _ / "时间格式异常，仅支持：YYYY-mm-dd HH:MM:SS",
        "InvalidParameter.InvalidTimeParameter" => _ / "无效的时间，结束时间应大于起始时间",
        "ResourceUnavailable.ClusterUnavailable" => _ / "集群未处于运行状态",
        "UnauthorizedOperation.UserNotAllowOperation" => _ / "该用户禁止当前操作",

        version "2024-10-24" {
            AcceptTccVpcEndPointConnect => "FailedOperation InternalError InvalidParameter UnauthorizedOperation.UserNotAllowOperation",
            BindTccVpcEndPointServiceWhiteList => "FailedOperation InternalError ResourceUnavailable.ClusterUnavailable UnauthorizedOperation.UserNotAllowOperation",
            DescribeTccCatalog => "FailedOperation InvalidParameter.InvalidTimeFormat InvalidParameter.InvalidTimeParameter",
            DescribeTccCatalogs => "FailedOperation InvalidParameter.InvalidTimeFormat InvalidParameter.InvalidTimeParameter",
        }
    }
}
