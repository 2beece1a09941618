//! The common error codes that every Tencent Cloud API 3.0 service can return, with
//! the English and Chinese texts of Tencent's common-code pages.

/// Hands the common codes to the procedural macro. The list is written once, here: it
/// declares [`CommonError`] and is the set that `use common;` imports.
#[doc(hidden)]
#[macro_export]
macro_rules! __tc_errors_with_common {
    ([$($krate:tt)*] $mode:ident $($catalog:tt)*) => {
        $crate::__private::tc_errors_impl! {
            [$($krate)*] $mode {
                "AuthFailure.InvalidSecretId" => "Invalid key (not a TencentCloud API key type)." / "密钥非法（不是云 API 密钥类型）。",
                "AuthFailure.MFAFailure" => "MFA failed." / "MFA 错误。",
                "AuthFailure.SecretIdNotFound" => "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key." / "密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
                "AuthFailure.SignatureExpire" => "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time." / "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
                "AuthFailure.SignatureFailure" => "Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation." / "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。",
                "AuthFailure.TokenFailure" => "Token error." / "token 错误。",
                "AuthFailure.UnauthorizedOperation" => "The request is not authorized. For more information, see the [CAM](https://intl.cloud.tencent.com/document/product/598) documentation." / "请求未授权。请参考 CAM 文档对鉴权的说明。",
                "DryRunOperation" => "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
                "FailedOperation" => "Operation failed." / "操作失败。",
                "InternalError" => "Internal error." / "内部错误。",
                "InvalidAction" => "The API does not exist." / "接口不存在。",
                "InvalidParameter" => "Incorrect parameter." / "参数错误（包括参数格式、类型等错误）。",
                "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
                "LimitExceeded" => "Quota limit exceeded." / "超过配额限制。",
                "MissingParameter" => "A parameter is missing." / "缺少参数。",
                "NoSuchVersion" => "The API version does not exist." / "接口版本不存在。",
                "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
                "ResourceInUse" => "Resource is in use." / "资源被占用。",
                "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
                "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
                "ResourceUnavailable" => "Resource is unavailable." / "资源不可用。",
                "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
                "UnknownParameter" => "Unknown parameter." / "未知参数错误，用户多传未定义的参数会导致错误。",
                "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
                "UnsupportedProtocol" => "HTTP(S) request protocol error; only GET and POST requests are supported." / "http(s) 请求协议错误，只支持 GET 和 POST 请求。",
                "UnsupportedRegion" => "API does not support the requested region." / "接口不支持所传地域。",
                "ActionOffline" => "The API has been taken offline." / "接口已下线。",
                "AuthFailure.InvalidAuthorization" => "The Authorization request header is invalid or malformed." / "请求头部的 Authorization 不符合腾讯云标准。",
                "InvalidRequest" => "The request is invalid: its body or headers could not be processed." / "请求 body 的 multipart 格式错误。",
                "IpInBlacklist" => "The request comes from an IP address on the blocklist." / "IP 地址在黑名单中。",
                "IpNotInWhitelist" => "The request comes from an IP address that is not on the allowlist." / "IP 地址不在白名单中。",
                "NoSuchProduct" => "The product does not exist. Check the service's domain name." / "产品不存在",
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded" => "The account's requests across all regions exceed the frequency limit." / "主账号超过频率限制。",
                "RequestLimitExceeded.IPLimitExceeded" => "The requests from this IP address exceed the frequency limit." / "IP 限频。",
                "RequestLimitExceeded.UinLimitExceeded" => "The account's requests exceed the frequency limit." / "主账号限频。",
                "RequestSizeLimitExceeded" => "The request body exceeds the size limit." / "请求包超过限制大小。",
                "ResponseSizeLimitExceeded" => "The response body exceeds the size limit. Narrow the query." / "返回包超过限制大小。",
                "ServiceUnavailable" => "The service is temporarily unavailable. Try again later." / "当前服务暂时不可用。",
            }
            $($catalog)*
        }
    };
}

crate::__tc_errors_with_common! {
    [crate] defines_common
    /// The common error codes of Tencent Cloud API 3.0: the 26 codes every service's
    /// error-code page lists, plus the ones the API gateway returns today.
    ///
    /// A catalog declared with `use common;` contains all of them; `as_common()` and
    /// `From<CommonError>` convert between the two.
    pub enum CommonError {
        use common;
    }
}
