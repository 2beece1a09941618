//! `ape` error codes, API version 2020-05-13.

tc_errors::tc_errors! {
    /// `ape` error codes, API version 2020-05-13.
    #[non_exhaustive]
    pub enum ApeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.OrderExpiredError" => _ / "图片使用期限已过期。",
        "LimitExceeded.OrderLimitError" => _ / "下单频率超过限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.SensitiveImage" => _ / "图片涉嫌违禁内容",
        "ResourceNotFound.SensitiveSearch" => _ / "包含敏感词汇。",
        "ResourceUnavailable" => _ / "资源不可用。",

        version "2020-05-13" {
            BatchDescribeOrderCertificate => "AuthFailure FailedOperation InvalidParameterValue ResourceNotFound.SensitiveImage ResourceNotFound.SensitiveSearch",
            BatchDescribeOrderImage => "AuthFailure FailedOperation InvalidParameterValue LimitExceeded.OrderExpiredError ResourceNotFound.SensitiveImage ResourceNotFound.SensitiveSearch",
            CreateOrderAndDownloads => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable",
            CreateOrderAndPay => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded.OrderLimitError ResourceInUse ResourceNotFound",
            DescribeAuthUsers => "AuthFailure FailedOperation InvalidParameterValue",
            DescribeDownloadInfos => "FailedOperation InvalidParameterValue",
            DescribeImage => "AuthFailure FailedOperation InternalError ResourceInUse ResourceNotFound ResourceNotFound.SensitiveImage ResourceNotFound.SensitiveSearch ResourceUnavailable",
            DescribeImages => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound.SensitiveSearch ResourceUnavailable",
        }
    }
}
