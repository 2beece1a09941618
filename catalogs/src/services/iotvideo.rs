//! `iotvideo` error codes, API versions 2019-11-26, 2020-12-15 and 2021-11-25.

tc_errors::tc_errors! {
    /// `iotvideo` error codes, API versions 2019-11-26, 2020-12-15 and 2021-11-25.
    #[non_exhaustive]
    pub enum IotvideoError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DeviceFirmwareTaskAlreadDone" => _ / "设备固件升级任务已经完成。",
        "FailedOperation.DeviceIsUpdating" => _ / "设备正在升级中。",
        "FailedOperation.DeviceRunningOtherOtaTask" => _ / "设备已经运行其他ota升级任务。",
        "FailedOperation.PermissionDenied" => _ / "无相关操作权限。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DBOperationError" => _ / "数据库内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.FirmwareAlreadyExist" => _ / "固件已存在。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.DeviceFirmwareTaskNotExist" => _ / "设备固件升级任务不存在。",
        "ResourceNotFound.DeviceHasNoFirmware" => _ / "设备无固件版本。",
        "ResourceNotFound.FirmwareNotExist" => _ / "固件不存在。",
        "ResourceNotFound.FirmwareTaskNotExist" => _ / "固件升级任务不存在。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.SignatureFailure" => _ / "签名校验失败。",
        "AuthFailure.TokenFailure" => _ / "获取token为空。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "InvalidParameterValue.Tid" => _ / "tid非法。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
