//! The common error codes of the legacy Tencent Cloud API 2.0, whose responses carry
//! them in the `codeDesc` field, with the English and Chinese texts of Tencent's pages.

crate::tc_errors! {
    /// A legacy API 2.0 error code (`codeDesc`), with the page's description; each
    /// variant's documentation also gives the page's short "Error Type".
    ///
    /// The page lists `AuthFailure` three times, once per case; here it is one code whose
    /// description covers the three.
    pub enum LegacyError {
        /// Error type: Invalid request parameter.
        "InvalidParameter" => "Required parameter is missing, or parameter value is in an incorrect format. For relevant error message, please see the \"message\" field in error description." / "缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。",
        /// Error type: Authentication failed.
        "InvalidParameter.SignatureFailure" => "The failure of authentication is usually caused by signature computing error. Please see Signature Method section in the document." / "身份认证失败，一般是由于签名计算错误导致的。",
        /// Error type: Unauthorized access to the API, to the resource, or to the resource the current API is working with.
        "AuthFailure" => "The sub-account is not authorized by the main account to access the API, the specific resource, or the specific resource the current API is working with. Contact the main account administrator to enable the permission for the API or resource." / "子账号未被主账号授权访问该接口，请联系主账号管理员开通接口权限。子账号未被主账号授权访问特定资源，请联系主账号管理员开通资源权限。子账号没有被主账户授权访问该接口中所操作的特定资源，请联系主账号管理员开通资源权限。",
        /// Error type: Key does not exist.
        "InvalidParameter.SecretIdNotFound" => "The key used for the request does not exist. Please verify it and try again." / "用于请求的密钥不存在，请确认后重试。",
        /// Error type: token error.
        "InvalidRequest.TokenCheckFailed" => "token error." / "token 错误。",
        /// Error type: MFA verification failed.
        "InvalidRequest.MFACheckFailed" => "MFA verification failed." / "MFA 校验失败。",
        /// Error type: Other CAM authentication failed.
        "InternalError.CAMInnerError" => "Other CAM authentication failed." / "其他 CAM 鉴权失败。",
        /// Error type: Access denied.
        "InvalidRequest.Forbidden" => "Account is blocked or not within the user range of the API." / "账号被封禁，或者不在接口针对的用户范围内等。",
        /// Error type: Quota is exceeded.
        "InvalidRequest.LimitExceeded" => "The number of requests exceeds the quota limit. For more information, please see the Request Quota section in the document." / "请求的次数超过了配额限制，请参考文档请求配额部分。",
        /// Error type: Replay attack.
        "InvalidRequest.ReplayAttack" => "The Nonce and Timestamp parameters can ensure that each request is executed only once on the server. Therefore, the Nonce value cannot be the same as last one, and the difference between Timestamp and Tencent server time cannot be greater than 5 hours." / "请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次，所以本次的 Nonce 和上次的不能重复，Timestamp 与腾讯服务器相差不能超过5分钟。",
        /// Error type: Unsupported protocol.
        "InvalidRequest.UnsupportedProtocol" => "The protocol is not supported. The current API only supports HTTPS protocol and does not support HTTP protocol." / "协议不支持，当前 API 仅支持 HTTPS 协议，不支持 HTTP 协议。",
        /// Error type: Operation on the resource failed.
        "InternalError.ResourceOpFailed" => "The operation performed on the resource failed. For error message, please see the \"message\" field in error description. Try again later or contact customer service for help." / "对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者联系客服人员帮忙解决。",
        /// Error type: Internal error on the server.
        "InternalError" => "An internal error occurred with the server. Try again later or contact customer service for help." / "服务器内部出现错误，请稍后重试或者联系客服人员帮忙解决。",
        /// Error type: Not supported by the version.
        "InvalidAction.NotFound" => "The API is not supported by this version or is under maintenance. Note: When this error occurs, first check whether the domain name of the API is correct. Different modules may have different domain names." / "本版本内不支持此接口或该接口处于维护状态等。注意：出现这个错误时, 请先确定接口的域名是否正确, 不同的模块，域名可能不一样。",
        /// Error type: API is temporarily unavailable.
        #[kind(Transient)]
        "InvalidAction.ActionUnavailable" => "The API is under maintenance and is unavailable. Please try again later." / "当前接口处于停服维护状态，请稍后重试。",
        /// Error type: Number of requests for the API exceeds the concurrency limit.
        #[kind(Throttled)]
        "InvalidRequest.RequestConcurrencyExceeded" => "The number of requests for the current API exceeds the qps limit. Please try again later." / "当前接口请求量超过 qps 限制，请稍后重试。",
    }
}
