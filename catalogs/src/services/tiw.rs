//! `tiw` error codes, API version 2019-09-19.

tc_errors::tc_errors! {
    /// `tiw` error codes, API version 2019-09-19.
    #[non_exhaustive]
    pub enum TiwError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.FileDownloadFail" => "Failed to download the document. To correct this, check whether the URL in the request parameter is correct. If you are using another file storage service, check the upload bandwidth of the file storage service. The document transcoding service supports downloading with a maximum duration of 1 minute. If the download fails, the transcoding request will also fail." / "文档下载失败，请检查请求参数中URL是否正确，或者如果您使用其他的文件存储服务，请检查文件存储服务的上传带宽，文档转码服务仅提供1分钟的下载时间，如果下载不成功本次的转码请求将以失败终止。",
        "FailedOperation.FileFormatError" => "The document format is invalid. Read-only or encrypted documents cannot be transcoded." / "文档格式错误，不支持转换只读文档或者已加密的文档。",
        "FailedOperation.FileOpenFail" => "Failed to open the document. To correct this, check whether the document for transcoding is encrypted or encounters other format issues." / "文档打开失败，请检查提交转码的文档是否加密或有其他格式问题。",
        #[kind(Transient)]
        "FailedOperation.FileUploadFail" => "Failed to upload the transcoding result. To correct this, try again later." / "转码后上传结果失败，请稍后重试。",
        "FailedOperation.Preprocess" => _ / "转码预处理失败，具体请参考错误描述或联系客服人员。",
        #[kind(Transient)]
        "FailedOperation.PreprocessServerError" => _ / "预处理服务出现内部错误，请稍后重试或联系客户人员。",
        "FailedOperation.Record" => "Failed to record. For more information, see the error description." / "录制失败，具体请参考错误描述。",
        "FailedOperation.Transcode" => "Failed to transcode. For more information, see the error description or contact our customer service." / "转码失败，具体请参考错误描述或联系客服人员。",
        #[kind(Transient)]
        "FailedOperation.TranscodeServerError" => "The transcoding service encountered an internal error. Please try again later or contact our customer service." / "转码服务出现内部错误，请稍后重试或联系客户人员。",
        "FailedOperation.WhiteboardPush" => "Whiteboard push failed. For more information, see the error description." / "白板推流失败，具体请参考错误描述。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "A parameter error occurred." / "参数错误。",
        "InvalidParameter.BodyParameterTypeUnmatched" => "The parameter type does not match." / "参数类型不匹配。",
        "InvalidParameter.CallbackAddressFormatError" => "The callback address format is invalid." / "回调地址格式错误。",
        "InvalidParameter.FileFormatUnsupported" => "The document extension is not supported." / "文档后缀名对应的格式不支持。",
        "InvalidParameter.InvalidExtra" => "The specified special feature does not exist." / "额外指定的特殊功能不存在。",
        "InvalidParameter.PreprocessParameter" => "The transcoding preprocessing parameter format is incorrect." / "转码预处理参数格式不正确。",
        "InvalidParameter.RecordParameter" => "The format of the real-time recording parameter is invalid." / "实时录制参数格式不正确。",
        "InvalidParameter.SdkAppIdNotFound" => "The SdkAppId does not exist or is invalid." / "SdkAppId不存在或格式错误。",
        "InvalidParameter.TaskNotFound" => "The task to query does not exist." / "需要查询的任务不存在。",
        "InvalidParameter.TranscodeParameter" => "The document transcoding parameter format is invalid." / "文档转码参数格式不正确。",
        "InvalidParameter.UrlFormatError" => "The document download URL format is invalid. To correct this, check the URL in the request parameter." / "文档下载Url格式错误，请检查请求参数里的Url。",
        #[kind(Transient)]
        "LimitExceeded.TaskConcurrency" => "The number of concurrent transcoding or recording tasks exceeds the limit. For more information, see the error description or try again later." / "转码或录制任务并发数量超过限制，请参考错误描述或稍后重试。",
        "LimitExceeded.TranscodePagesLimitation" => "The number of pages exceeds the limit. Transcoding a file with more than 500 pages is currently unsupported. If you do need this feature, contact our customer service." / "超过文档最大页数限制，目前不支持超过500页的文件转码，如有特殊需求，请联系客服人员。",
        "RequestLimitExceeded" => "Too many requests." / "请求的次数超过了频率限制。",
        "ResourceInUse.RecordUserId" => "The recording user account for real-time recording has started another recording task." / "实时录制任务录制用户已被其他录制任务使用。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.InterfaceUnAuthorized" => _ / "资源不可用，接口未授权。",
        "ResourceUnavailable.NotRegistered" => "TIW is not enabled." / "未开通互动白板。",
        "ResourceUnavailable.ServiceExpired" => "The account is in arrears or the TIW service has expired." / "账户欠费或者互动白板服务已过期。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnauthorizedOperation.SdkAppId" => "The SdkAppId does not exist or does not match the current Tencent Cloud account." / "SdkAppId不存在或者SdkAppId与当前腾讯云账号不对应。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.InvalidTaskStatus" => "The specified operation cannot be performed for pending tasks in this state. For example, you cannot resume recording for a recording task." / "当前未完成的任务不能在此状态下执行指定操作，例如对正在录制的任务执行恢复录制等。",
        "UnsupportedOperation.TaskHasAlreadyStopped" => "The task is completed, and therefore the specified operation cannot be performed." / "任务结束，不能执行指定操作。",
        "FailedOperation.AlreadyEnabled" => "Service already activated.",
        "FailedOperation.CosBucketInvalid" => "Invalid COS bucket. The bucket does not exist or is not authorized.",
        "FailedOperation.GetCredentialFail" => "Failed to obtain a temporary key.",
        "InvalidParameter.ApplicationAlreadyExists" => "Whiteboard application already exists.",
        "InvalidParameter.CdnDomainNotFound" => "CDN domain name not found.",
        "InvalidParameter.InvalidTaskType" => "Unsupported configuration task type.",
        "InvalidParameter.TimeFormat" => "Parsing failed due to an invalid time format.",
        "InvalidParameter.UnmarshalJSONBodyFail" => "JSON parsing failed, which may be due to parameter type mismatch.",
    }
}
