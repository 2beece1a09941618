//! `vcg` error codes, API version 2024-04-04.

tc_errors::tc_errors! {
    /// `vcg` error codes, API version 2024-04-04.
    #[non_exhaustive]
    pub enum VcgError {
        use common;

        "FailedOperation.DownloadError" => _ / "下载视频出错。",
        "FailedOperation.TaskNotExist" => _ / "任务不存在。",
        "FailedOperation.TaskStatusError" => _ / "任务状态异常。",
        "FailedOperation.VideoDecodeFailed" => _ / "视频解码失败。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.InvalidVideoAspectRatio" => _ / "不支持的视频宽高比。",
        "InvalidParameterValue.InvalidVideoDuration" => _ / "视频时长超过限制。",
        "InvalidParameterValue.InvalidVideoFPS" => _ / "不支持的视频FPS。",
        "InvalidParameterValue.InvalidVideoFormat" => _ / "不支持的视频格式。",
        "InvalidParameterValue.InvalidVideoResolution" => _ / "不支持的分辨率。",
        "InvalidParameterValue.ParameterValueError" => _ / "参数字段或者值有误。",
        "InvalidParameterValue.StyleNotExist" => _ / "风格不存在。",
        "InvalidParameterValue.UrlIllegal" => _ / "视频URL格式不合法。",
        "InvalidParameterValue.VideoSizeExceed" => _ / "视频大小超过限制。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "RequestLimitExceeded.JobNumExceed" => _ / "提交任务数超过最大并发。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知。",

        version "2024-04-04" {
            DescribeVideoStylizationJob => "FailedOperation.TaskNotExist FailedOperation.TaskStatusError InvalidParameterValue InvalidParameterValue.ParameterValueError RequestLimitExceeded RequestLimitExceeded.JobNumExceed ResourceInsufficient ResourceUnavailable.NotExist",
            SubmitVideoStylizationJob => "FailedOperation.DownloadError FailedOperation.VideoDecodeFailed InvalidParameterValue.InvalidVideoAspectRatio InvalidParameterValue.InvalidVideoDuration InvalidParameterValue.InvalidVideoFPS InvalidParameterValue.InvalidVideoFormat InvalidParameterValue.InvalidVideoResolution InvalidParameterValue.ParameterValueError InvalidParameterValue.StyleNotExist InvalidParameterValue.UrlIllegal InvalidParameterValue.VideoSizeExceed RequestLimitExceeded.JobNumExceed ResourceUnavailable.NotExist",
        }
    }
}
