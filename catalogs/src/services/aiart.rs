//! `aiart` error codes, API version 2022-12-29.

tc_errors::tc_errors! {
    /// `aiart` error codes, API version 2022-12-29.
    #[non_exhaustive]
    pub enum AiartError {
        use common;

        "AuthFailure.UnauthorizedOperation" => "You have no permission to perform this operation. check your CAM policies to make sure that you have the corresponding CAM permissions." / "无权执行该操作，请检查您的CAM策略，确保您拥有对应的CAM权限。",
        "FailedOperation.ConsoleServerError" => _ / "控制台服务异常。",
        "FailedOperation.GenerateImageFailed" => "The generated image failed the review. Please try again." / "生成图片审核不通过，请重试。",
        "FailedOperation.ImageDecodeFailed" => "Image decoding failed." / "图片解码失败。",
        "FailedOperation.ImageDownloadError" => "Image download error." / "图片下载错误。",
        "FailedOperation.ImageResolutionExceed" => "The image resolution is too high, which exceeds 2000×2000." / "图片分辨率过大，超过2000*2000。",
        "FailedOperation.ImageSizeExceed" => "The size of the image after base64 encoding cannot exceed 10 MB." / "base64编码后的图片数据大小不超过10M。",
        #[kind(Transient)]
        "FailedOperation.InnerError" => "Internal service error. Please try again." / "服务内部错误，请稍后重试。",
        "FailedOperation.JobNotExist" => _ / "任务不存在。",
        "FailedOperation.ModerationFailed" => _ / "审核失败",
        "FailedOperation.RequestEntityTooLarge" => "The entire request body (usually images) is too large ." / "整个请求体太大（通常主要是图片）。",
        "FailedOperation.RequestTimeout" => "The backend service timed out." / "后端服务超时。",
        "FailedOperation.RpcFail" => "RPC request failed, typically due to algorithm service malfunction." / "RPC请求失败，一般为算法微服务故障。",
        "FailedOperation.ServerError" => "Internal service error." / "服务内部错误。",
        "FailedOperation.Unknown" => "Unknown error." / "未知错误。",
        "InvalidParameter.InvalidParameter" => "Invalid parameters." / "参数不合法。",
        "InvalidParameterValue.ImageEmpty" => "No image is input." / "图片为空。",
        "InvalidParameterValue.LogoParamErr" => _ / "当前引擎不支持自定义水印。",
        "InvalidParameterValue.ParameterValueError" => "Parameter or value is invalid." / "参数字段或者值有误",
        "InvalidParameterValue.StyleConflict" => "1xx styles cannot be used together with other styles." / "1xx和其他风格不可混合使用。",
        "InvalidParameterValue.TextLengthExceed" => "The input text is too long. Use a shorter one and try again." / "输入文本过长，请更换短一点的文本后重试。",
        "InvalidParameterValue.UrlIllegal" => "The URL format is invalid." / "URL格式不合法。",
        "OperationDenied.ImageIllegalDetected" => "The image failed the review because it contains illegal information." / "图片包含违法违规信息，审核不通过。",
        "OperationDenied.TextIllegalDetected" => "The text failed the review because it contains illegal information." / "文本包含违法违规信息，审核不通过。",
        "RequestLimitExceeded" => "Too frequent requests" / "请求的次数超过了频率限制。",
        "RequestLimitExceeded.JobNumExceed" => "Too many tasks are being processed simultaneously. Please try again later." / "同时处理的任务数过多，请稍后重试。",
        "ResourceUnavailable.Delivering" => "The resource is being delivered." / "资源正在发货中。",
        "ResourceUnavailable.InArrears" => "The account is in arrears." / "账号已欠费。",
        "ResourceUnavailable.LowBalance" => "Insufficient balance." / "余额不足。",
        "ResourceUnavailable.NotExist" => "The billing status is unknown. Check whether the service has been activated in the console." / "计费状态未知，请确认是否已在控制台开通服务。",
        "ResourceUnavailable.StopUsing" => "Services for the account has been stopped." / "账号已停服。",
        "ResourcesSoldOut.ChargeStatusException" => "The billing status is abnormal." / "计费状态异常。",
    }
}
