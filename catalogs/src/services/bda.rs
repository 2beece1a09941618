//! `bda` error codes, API version 2020-03-24.

tc_errors::tc_errors! {
    /// `bda` error codes, API version 2020-03-24.
    #[non_exhaustive]
    pub enum BdaError {
        use common;

        "FailedOperation.AudioDecodeFailed" => _ / "音频解码失败。",
        "FailedOperation.AudioEncodeFailed" => _ / "音频编码失败。",
        "FailedOperation.BalanceInsufficient" => _ / "余额不足，开通失败，请充值后再开通。",
        "FailedOperation.DownloadError" => _ / "文件下载失败。",
        "FailedOperation.ImageDecodeFailed" => _ / "图片解码失败。",
        "FailedOperation.ImageDownloadError" => _ / "图片下载错误。",
        "FailedOperation.ImageFacedetectFailed" => _ / "人脸检测失败。",
        "FailedOperation.ImageNotForeground" => _ / "图片不存在前景。",
        "FailedOperation.ImageNotSupported" => _ / "不支持的图片文件。",
        "FailedOperation.ImageResolutionExceed" => _ / "图片分辨率过大。",
        "FailedOperation.ImageResolutionInsufficient" => _ / "图片分辨率过小。",
        "FailedOperation.ImageSizeExceed" => _ / "base64编码后的图片数据过大。",
        "FailedOperation.InnerError" => _ / "服务内部错误，请重试。",
        "FailedOperation.JobConflict" => _ / "任务冲突。",
        "FailedOperation.JobQueueFull" => _ / "任务队列已满。",
        "FailedOperation.ProfileNumExceed" => _ / "人像数过多。",
        "FailedOperation.RequestEntityTooLarge" => _ / "整个请求体太大（通常主要是图片）。",
        "FailedOperation.RequestTimeout" => _ / "后端服务超时。",
        "FailedOperation.RpcFail" => _ / "RPC请求失败，一般为算法微服务故障。",
        "FailedOperation.SegmentFailed" => _ / "人像分割失败。",
        "FailedOperation.ServerError" => _ / "算法服务异常，请重试。",
        "FailedOperation.TaskLimitExceeded" => _ / "任务超过上限。",
        "FailedOperation.TaskNotExist" => _ / "任务不存在。",
        "FailedOperation.TerminateTaskFailed" => _ / "任务取消失败。",
        "FailedOperation.TooLargeFileError" => _ / "文件太大。",
        "FailedOperation.UnKnowError" => _ / "内部错误。",
        "FailedOperation.VideoDecodeFailed" => _ / "视频解码失败。",
        "InvalidParameter.InvalidParameter" => _ / "参数不合法。",
        "InvalidParameterValue.ImageEmpty" => _ / "图片为空。",
        "InvalidParameterValue.NoFaceInPhoto" => _ / "图片中没有人脸。",
        "InvalidParameterValue.UrlIllegal" => _ / "URL格式不合法。",
        "LimitExceeded.TooLargeFileError" => _ / "文件太大。",
        "ResourceUnavailable.InArrears" => _ / "账号已欠费。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知，请确认是否已在控制台开通服务。",
        "UnsupportedOperation.UnknowMethod" => _ / "未知方法名。",

        version "2020-03-24" {
            CreateSegmentationTask => "FailedOperation.DownloadError FailedOperation.ImageDownloadError FailedOperation.InnerError FailedOperation.JobConflict FailedOperation.JobQueueFull FailedOperation.RequestTimeout FailedOperation.RpcFail FailedOperation.TaskLimitExceeded FailedOperation.TooLargeFileError FailedOperation.UnKnowError InvalidParameter.InvalidParameter",
            DescribeSegmentationTask => "FailedOperation.AudioDecodeFailed FailedOperation.AudioEncodeFailed FailedOperation.InnerError FailedOperation.RequestTimeout FailedOperation.TaskNotExist FailedOperation.VideoDecodeFailed InvalidParameter.InvalidParameter",
            SegmentCustomizedPortraitPic => "FailedOperation.DownloadError FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageFacedetectFailed FailedOperation.ImageNotSupported FailedOperation.ImageResolutionExceed FailedOperation.ImageResolutionInsufficient FailedOperation.ImageSizeExceed FailedOperation.InnerError FailedOperation.ProfileNumExceed FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail FailedOperation.SegmentFailed FailedOperation.ServerError FailedOperation.UnKnowError InvalidParameter.InvalidParameter InvalidParameterValue.NoFaceInPhoto InvalidParameterValue.UrlIllegal LimitExceeded.TooLargeFileError ResourceUnavailable.InArrears ResourceUnavailable.NotExist UnsupportedOperation.UnknowMethod",
            SegmentPortraitPic => "FailedOperation.BalanceInsufficient FailedOperation.DownloadError FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageNotForeground FailedOperation.ImageNotSupported FailedOperation.ImageResolutionExceed FailedOperation.ImageResolutionInsufficient FailedOperation.ImageSizeExceed FailedOperation.InnerError FailedOperation.ProfileNumExceed FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail FailedOperation.SegmentFailed FailedOperation.ServerError FailedOperation.UnKnowError InvalidParameter.InvalidParameter InvalidParameterValue.ImageEmpty InvalidParameterValue.UrlIllegal LimitExceeded.TooLargeFileError ResourceUnavailable.InArrears ResourceUnavailable.NotExist UnsupportedOperation.UnknowMethod",
            TerminateSegmentationTask => "FailedOperation.RequestTimeout FailedOperation.TaskNotExist FailedOperation.TerminateTaskFailed InvalidParameter.InvalidParameter",
        }
    }
}
