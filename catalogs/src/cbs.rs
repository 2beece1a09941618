//! Cloud Block Storage (`cbs`) error codes, API version 2017-03-12.

tc_errors::tc_errors! {
    /// Cloud Block Storage (`cbs`) error codes, API version 2017-03-12.
    #[non_exhaustive]
    pub enum CbsError {
        use common;

        #[alias("AutoSnapshotPolicyOutOfQuota")]
        "LimitExceeded.AutoSnapshotPolicyOutOfQuota" => "The number of scheduled snapshot policies has reached the limit.",
        "InsufficientRefundQuota" => "Number of returned cloud disks has reached the limit and no more cloud disks can be returned.",
        "InsufficientSnapshotQuota" => "The snapshot quota is insufficient.",
        "InternalError.ComponentError" => "The request failed because of a dependent component. Contact customer service to resolve the issue.",
        "InternalError.FailQueryResource" => "Failed to query the resource.",
        "InternalError.ResourceOpFailed" => "The operation performed on the resource failed. For the specific error information, please see the Message field in the error description. Try again later or contact the customer service for help.",
        "InvalidAccount.InsufficientBalance" => "Insufficient account balance.",
        "InvalidAutoSnapshotPolicyId.NotFound" => "The `AutoSnapshotPolicyId` that was entered does not exist.",
        "InvalidDisk.AlreadyBound" => "The cloud disk is already bound to an scheduled snapshot policy.",
        "InvalidDisk.Attached" => "The cloud disk has been mounted.",
        "InvalidDisk.Busy" => "The cloud disk is busy. Try again later.",
        "InvalidDisk.Expire" => "The cloud disk has expired.",
        "InvalidDisk.NotPortable" => "Non-elastic cloud disks are not supported.",
        #[alias("InvalidDisk.NotSupportRefund")]
        "ResourceUnavailable.NotSupportRefund" => "The cloud disk cannot be returned.",
        "InvalidDisk.NotSupportSnapshot" => "The cloud disk does not have the snapshot capability.",
        "InvalidDisk.NotSupported" => "This operation is not supported for cloud disks.",
        #[alias("InvalidDisk.RepeatRefund")]
        "ResourceUnavailable.RepeatRefund" => "The cloud disk has been returned and cannot be returned again.",
        #[kind(Transient)]
        "InvalidDisk.SnapshotCreating" => "A snapshot is being created for the cloud disk. Try again later.",
        "InvalidDisk.TypeError" => "Invalid cloud disk type",
        "InvalidDiskId.NotFound" => "The `DiskId` does not exist.",
        "InvalidFilter" => "The specified Filter is not supported.",
        "InvalidInstance.NotSupported" => "cloud disks cannot be mounted to the CVM.",
        "InvalidInstanceId.NotFound" => "The `InstanceId` of the instance does not exist.",
        "InvalidParameter" => "Invalid parameter",
        "InvalidParameter.DiskConfigNotSupported" => "The configured cloud disk is not supported in the region.",
        "InvalidParameter.DiskSizeNotMatch" => "The size of the cloud disk does not match the snapshot size.",
        "InvalidParameterValue" => "Invalid parameter value. Parameter value is in an incorrect format or is not supported.",
        "InvalidParameterValue.BindDiskLimitExceeded" => "The number of tags bound to the disk exceeds the limit.",
        "InvalidParameterValue.LimitExceeded" => "The number of parameter values exceeds the limit.",
        "InvalidSnapshot.NotSupported" => "This operation is not supported for the snapshot.",
        "InvalidSnapshotId.NotFound" => "The `SnapshotId` does not exist.",
        "LimitExceeded.InstanceAttachedDisk" => "The number of disks mounted to the instance exceeds the limit.",
        "MissingParameter" => "Missing parameter. A required parameter is missing in the request.",
        "ResourceBusy" => "The resource is busy. Try again later.",
        "ResourceInsufficient" => "Insufficient resource",
        "ResourceInsufficient.OverQuota" => "The quota is insufficient.",
        "ResourceUnavailable.TooManyCreatingSnapshot" => "There are currently too many snapshots being created across the entire network.",
        "TradeDealConflict" => "Order conflict.",
        "UnauthorizedOperation" => "Unauthorized operation",
        "UnsupportedOperation.DiskEncrypt" => "The disk is encrypted.",
        "UnsupportedOperation.InstanceNotStopped" => "The instance the cloud disk is mounted to has not been shut down.",
        "UnsupportedOperation.SnapshotHasBindedImage" => "This snapshot created a custom snapshot. First delete the corresponding image.",
        "UnsupportedOperation.StateError" => "The current status of the resource does not support this operation.",
        #[alias("ZoneNotMatch")]
        "ResourceUnavailable.ZoneNotMatch" => "The cloud disk and the instance are not in the same availability zone.",
    }
}
