//! `trro` error codes, API version 2022-03-25.

tc_errors::tc_errors! {
    /// `trro` error codes, API version 2022-03-25.
    #[non_exhaustive]
    pub enum TrroError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "MissingParameter" => "Missing required parameters." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.LicensesNotEnoughError" => _ / "license数量不足",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",

        version "2022-03-25" {
            BatchDeleteDevices => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            BatchDeletePolicy => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            BoundLicenses => "InternalError InvalidParameterValue",
            CreateCloudRecording => "InternalError InvalidParameterValue MissingParameter OperationDenied",
            CreateDevice => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            CreateProject => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter",
            DeleteCloudRecording => "InternalError InvalidParameterValue MissingParameter OperationDenied",
            DeleteProject => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeDeviceInfo => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeDeviceList => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeDeviceSessionDetails => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeDeviceSessionList => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribePolicy => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeProjectInfo => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeProjectList => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeRecentSessionList => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeSessionStatistics => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied ResourceNotFound",
            DescribeSessionStatisticsByInterval => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied ResourceNotFound",
            GetDeviceLicense => "InternalError InvalidParameterValue OperationDenied",
            GetDevices => "InternalError InvalidParameterValue",
            GetDurationDetails => "InternalError InvalidParameterValue OperationDenied OperationDenied.LicensesNotEnoughError",
            GetLicenseStat => "InternalError InvalidParameterValue OperationDenied",
            GetLicenses => "InternalError InvalidParameterValue",
            GetTotalDuration => "InternalError InvalidParameterValue OperationDenied OperationDenied.LicensesNotEnoughError",
            ModifyCallbackUrl => "InternalError InvalidParameter InvalidParameterValue OperationDenied",
            ModifyDevice => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            ModifyPolicy => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            ModifyProject => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            ModifyProjectSecMode => "InternalError InvalidParameter InvalidParameterValue OperationDenied",
            StartPublishLiveStream => "InternalError InvalidParameterValue MissingParameter OperationDenied",
            StopPublishLiveStream => "InternalError MissingParameter OperationDenied",
        }
    }
}
