//! `antiddos` error codes, API versions 2020-03-09 and 2025-09-03.

tc_errors::tc_errors! {
    /// `antiddos` error codes, API versions 2020-03-09 and 2025-09-03.
    #[non_exhaustive]
    pub enum AntiddosError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "The DryRun operation means that the request will be successful, but an extra DryRun parameter is passed." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation.InsufficientBalance" => _ / "账户余额不足",
        "InternalError" => "Internal error. Please try again later." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.SpecialParameterForSpecialAccount" => _ / "这个参数需要开启白名单才可以使用",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "MissingParameter" => "Missing parameters. Please check and try again." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests should not exceed the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
        #[kind(Transient)]
        "ResourceNotFound" => "The resource does not exist. Please try again later." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter error. Please check and try again." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.BandwidthNotSupported" => _ / "不支持此业务带宽",
        "UnsupportedOperation.BasicProtectBandwidthNotSupported" => _ / "不支持此保底防护带宽的取值",
        "UnsupportedOperation.ElasticProtectBandwidthNotSupported" => _ / "不支持此弹性带宽的取值",
        "UnsupportedOperation.InstanceChargeTypeNotSupported" => _ / "不支持此种付费类型",
        "UnsupportedOperation.PeriodNotSupported" => _ / "不支持该计费周期，参考对应高防包支持的计费周期",
        "UnsupportedOperation.ProtectIpCountNotSupported" => _ / "不支持该防护IP数量取值",
        "UnsupportedOperation.RegionNotSupported" => _ / "不支持此地域",
    }
}
