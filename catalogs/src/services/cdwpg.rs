//! `cdwpg` error codes, API version 2020-12-30.

tc_errors::tc_errors! {
    /// `cdwpg` error codes, API version 2020-12-30.
    #[non_exhaustive]
    pub enum CdwpgError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.SystemError",
        "InvalidParameter" => _ / "参数错误。",

        version "2020-12-30" {
            CreateInstanceByApi => "",
            DescribeAccounts => "InternalError",
            DescribeDBConfigHistory => "InternalError",
            DescribeDBParams => "FailedOperation InvalidParameter",
            DescribeErrorLog => "FailedOperation InvalidParameter",
            DescribeInstance => "FailedOperation InvalidParameter",
            DescribeInstanceInfo => "FailedOperation InvalidParameter",
            DescribeInstanceNodes => "FailedOperation InvalidParameter",
            DescribeInstanceOperations => "FailedOperation InvalidParameter",
            DescribeInstanceState => "FailedOperation InvalidParameter",
            DescribeInstances => "InternalError",
            DescribeSimpleInstances => "InternalError.SystemError",
            DescribeSlowLog => "InternalError.SystemError",
            DescribeUpgradeList => "InternalError.SystemError",
            DescribeUserHbaConfig => "InternalError",
            DestroyInstanceByApi => "InternalError",
            ModifyDBParameters => "InternalError",
            ModifyInstance => "InternalError",
            ModifyUserHba => "InternalError",
            ResetAccountPassword => "InternalError",
            RestartInstance => "InternalError",
            ScaleOutInstance => "InternalError",
            ScaleUpInstance => "InternalError",
            UpgradeInstance => "InternalError",
        }
    }
}
