//! `cdz` error codes, API version 2022-11-23.

tc_errors::tc_errors! {
    /// `cdz` error codes, API version 2022-11-23.
    #[non_exhaustive]
    pub enum CdzError {
        use common;

        "FailedOperation.InvalidAction" => _ / "方法不存在",
        "InvalidParameter.HostUuidsAndInsIdsCannotAppearSameTime" => _ / "HostUuids参数和InstancesIds参数不能同时传递。",
        "ResourceNotFound.CdzIdNotFound" => "The cloud dedicated zone does not exist." / "该专属可用区不存在",

        version "2022-11-23" {
            DescribeCloudDedicatedZoneHosts => "FailedOperation.InvalidAction InvalidParameter.HostUuidsAndInsIdsCannotAppearSameTime ResourceNotFound.CdzIdNotFound",
            DescribeCloudDedicatedZoneResourceSummary => "ResourceNotFound.CdzIdNotFound",
        }
    }
}
