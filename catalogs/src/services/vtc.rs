//! `vtc` error codes, API version 2024-02-23.

tc_errors::tc_errors! {
    /// `vtc` error codes, API version 2024-02-23.
    #[non_exhaustive]
    pub enum VtcError {
        use common;

        "FailedOperation.AudioDecodeFailed" => _ / "音频解码失败。",
        "FailedOperation.AudioProcessFailed" => _ / "音频处理失败。",
        "FailedOperation.AudioProcessNotFinished" => _ / "音频处理任务未完成，不能执行翻译结果确认",
        "FailedOperation.DownloadError" => _ / "文件下载失败。",
        "FailedOperation.JobNotExist" => _ / "任务不存在。",
        "FailedOperation.RequestTimeout" => _ / "后端服务超时。",
        "FailedOperation.ServerError" => _ / "系统内部错误。",
        "FailedOperation.TextModerationNotPass" => _ / "文本未通过审核，请修改后重新尝试。",
        "FailedOperation.TranslationConfirmHasFinished" => _ / "音频翻译结果已确认",
        "FailedOperation.TranslationNotNeedConfirm" => _ / "用户未选择确认音频翻译结果",
        "FailedOperation.UnKnowError" => _ / "内部错误。",
        "FailedOperation.VideoDurationExceed" => _ / "视频时长超限制。",
        "FailedOperation.VideoFpsExceed" => _ / "视频Fps超限制。",
        "FailedOperation.VideoResolutionExceed" => _ / "视频分辨率超限制。",
        "FailedOperation.VideoSizeExceed" => _ / "视频分辨率超限制。",
        "InvalidParameter.InvalidParameter" => _ / "参数不合法。",
        "InvalidParameterValue.UrlIllegal" => _ / "URL格式不合法。",
        "RequestLimitExceeded.JobNumExceed" => _ / "当前并发数已超上限",
        "RequestLimitExceeded.UinLimitExceeded" => _ / "用户账号超出了限制。",
        "ResourceUnavailable.Delivering" => _ / "资源正在发货中。",
        "ResourceUnavailable.Freeze" => _ / "账号已被冻结。",
        "ResourceUnavailable.InArrears" => _ / "账号已欠费。",
        "ResourceUnavailable.IsOpening" => _ / "服务正在开通中，请稍等。",
        "ResourceUnavailable.LowBalance" => _ / "余额不足。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知，请确认是否已在控制台开通服务。",
        "ResourceUnavailable.NotReady" => _ / "服务未开通。",
        "ResourceUnavailable.Recover" => _ / "资源已被回收。",
        "ResourceUnavailable.UnknownStatus" => _ / "计费状态未知。",
        "ResourcesSoldOut.ChargeStatusException" => _ / "账号已欠费。",

        version "2024-02-23" {
            ConfirmVideoTranslateJob => "FailedOperation.AudioProcessNotFinished FailedOperation.JobNotExist FailedOperation.TextModerationNotPass FailedOperation.TranslationConfirmHasFinished FailedOperation.TranslationNotNeedConfirm RequestLimitExceeded.JobNumExceed",
            DescribeVideoTranslateJob => "FailedOperation.AudioProcessFailed FailedOperation.JobNotExist FailedOperation.UnKnowError InvalidParameter.InvalidParameter RequestLimitExceeded.UinLimitExceeded ResourceUnavailable.Delivering ResourceUnavailable.IsOpening ResourceUnavailable.LowBalance ResourceUnavailable.NotExist ResourceUnavailable.NotReady ResourceUnavailable.Recover ResourceUnavailable.UnknownStatus ResourcesSoldOut.ChargeStatusException",
            SubmitVideoTranslateJob => "FailedOperation.AudioDecodeFailed FailedOperation.DownloadError FailedOperation.RequestTimeout FailedOperation.ServerError FailedOperation.VideoDurationExceed FailedOperation.VideoFpsExceed FailedOperation.VideoResolutionExceed FailedOperation.VideoSizeExceed InvalidParameter.InvalidParameter InvalidParameterValue.UrlIllegal RequestLimitExceeded.JobNumExceed ResourceUnavailable.Freeze ResourceUnavailable.InArrears ResourceUnavailable.IsOpening ResourceUnavailable.NotExist ResourceUnavailable.NotReady ResourcesSoldOut.ChargeStatusException",
        }
    }
}
