//! `ie` error codes, API version 2020-03-04.

tc_errors::tc_errors! {
    /// `ie` error codes, API version 2020-03-04.
    #[non_exhaustive]
    pub enum IeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.CosStorageError" => _ / "Cos存储结果错误。",
        "FailedOperation.EditError" => _ / "转码时截取失败。",
        "FailedOperation.EncodeFormatError" => _ / "编码格式或参数不支持。",
        "FailedOperation.RunningTaskExceed" => _ / "运行中的任务达到上限，如需要增加任务上限，请提交工单。",
        "FailedOperation.SegmentError" => _ / "转码后切片失败。",
        #[kind(Transient)]
        "FailedOperation.ServerBusy" => _ / "系统繁忙，请稍后重试。",
        "FailedOperation.ServerError" => _ / "内部服务错误。",
        "FailedOperation.TaskResubmit" => _ / "任务重复提交。",
        "FailedOperation.TranscodeError" => _ / "转码服务异常。",
        "FailedOperation.UnknowError" => _ / "转码服务未知错误。",
        "FailedOperation.VideoDownloadError" => _ / "视频源下载失败或超时。",
        "FailedOperation.VideoParseError" => _ / "视频源解析出错。",
        "FailedOperation.VideoSizeExceed" => _ / "视频大小超过限制。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.LiveStreamNotSupport" => _ / "不支持直播流。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.ActionNotSupport" => _ / "任务不支持该操作。",
        "InvalidParameterValue.CallbackUrlError" => _ / "CallbackUrl 不安全。",
        "InvalidParameterValue.CallbackUrlNotExist" => _ / "直播场景回调地址必选。",
        "InvalidParameterValue.CosAuthModeError" => _ / "Cos授权信息错误。",
        "InvalidParameterValue.CosHostedIdNotExist" => _ / "Cos托管ID不存在。",
        "InvalidParameterValue.DownInfoFormatWrong" => _ / "视频源地址格式错误。",
        "InvalidParameterValue.DownInfoTypeWrong" => _ / "视频源下载类型错误。",
        "InvalidParameterValue.LiveSourceNotSupport" => _ / "该任务不支持直播流。",
        "InvalidParameterValue.SaveInfoNotExist" => _ / "存储信息不存在。",
        "InvalidParameterValue.TaskAlreadyDone" => _ / "任务已经结束。",
        "InvalidParameterValue.TaskDeleted" => _ / "任务已经删除。",
        "InvalidParameterValue.TaskIdNotExist" => _ / "任务ID不存在。",
        "InvalidParameterValue.UriError" => _ / "请求uri错误。",
        "InvalidParameterValue.UrlInfoUrlError" => _ / "URL 不安全。",
        "InvalidParameterValue.VideoFormatError" => _ / "视频格式不支持。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceUnavailable.InArrears" => _ / "帐号已欠费。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2020-03-04" {
            CreateEditingTask => "FailedOperation.CosStorageError FailedOperation.RunningTaskExceed FailedOperation.ServerBusy FailedOperation.TaskResubmit FailedOperation.VideoDownloadError FailedOperation.VideoParseError FailedOperation.VideoSizeExceed InternalError InvalidParameter InvalidParameter.LiveStreamNotSupport InvalidParameterValue.CallbackUrlError InvalidParameterValue.CallbackUrlNotExist InvalidParameterValue.CosAuthModeError InvalidParameterValue.CosHostedIdNotExist InvalidParameterValue.DownInfoFormatWrong InvalidParameterValue.DownInfoTypeWrong InvalidParameterValue.SaveInfoNotExist InvalidParameterValue.UrlInfoUrlError InvalidParameterValue.VideoFormatError ResourceUnavailable.InArrears UnauthorizedOperation",
            CreateMediaProcessTask => "AuthFailure FailedOperation FailedOperation.RunningTaskExceed FailedOperation.ServerBusy FailedOperation.ServerError FailedOperation.VideoDownloadError FailedOperation.VideoParseError InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.CallbackUrlError InvalidParameterValue.DownInfoFormatWrong InvalidParameterValue.DownInfoTypeWrong InvalidParameterValue.LiveSourceNotSupport InvalidParameterValue.TaskIdNotExist InvalidParameterValue.UrlInfoUrlError InvalidParameterValue.VideoFormatError RequestLimitExceeded ResourceUnavailable.InArrears",
            CreateMediaQualityRestorationTask => "FailedOperation.RunningTaskExceed FailedOperation.ServerBusy FailedOperation.ServerError InvalidParameter InvalidParameterValue.CallbackUrlError InvalidParameterValue.DownInfoTypeWrong InvalidParameterValue.TaskAlreadyDone InvalidParameterValue.TaskDeleted InvalidParameterValue.TaskIdNotExist InvalidParameterValue.UriError InvalidParameterValue.UrlInfoUrlError ResourceUnavailable.InArrears UnauthorizedOperation",
            CreateQualityControlTask => "FailedOperation.RunningTaskExceed FailedOperation.ServerBusy InternalError InvalidParameter InvalidParameterValue.CallbackUrlError InvalidParameterValue.CosAuthModeError InvalidParameterValue.CosHostedIdNotExist InvalidParameterValue.DownInfoFormatWrong InvalidParameterValue.DownInfoTypeWrong InvalidParameterValue.UrlInfoUrlError ResourceUnavailable.InArrears UnauthorizedOperation",
            DescribeEditingTaskResult => "InternalError InvalidParameter InvalidParameterValue.TaskIdNotExist ResourceUnavailable.InArrears UnauthorizedOperation",
            DescribeMediaProcessTaskResult => "InvalidParameterValue.TaskIdNotExist",
            DescribeMediaQualityRestorationTaskRusult => "FailedOperation.CosStorageError FailedOperation.EditError FailedOperation.EncodeFormatError FailedOperation.SegmentError FailedOperation.ServerBusy FailedOperation.ServerError FailedOperation.TranscodeError FailedOperation.UnknowError FailedOperation.VideoDownloadError FailedOperation.VideoParseError InvalidParameter InvalidParameterValue.TaskAlreadyDone InvalidParameterValue.TaskDeleted InvalidParameterValue.TaskIdNotExist InvalidParameterValue.UriError ResourceUnavailable.InArrears UnauthorizedOperation",
            DescribeQualityControlTaskResult => "FailedOperation.ServerBusy FailedOperation.VideoDownloadError FailedOperation.VideoParseError InternalError InvalidParameter InvalidParameterValue.CallbackUrlNotExist InvalidParameterValue.CosAuthModeError InvalidParameterValue.CosHostedIdNotExist InvalidParameterValue.DownInfoFormatWrong InvalidParameterValue.DownInfoTypeWrong InvalidParameterValue.TaskIdNotExist ResourceUnavailable.InArrears UnauthorizedOperation",
            StopMediaProcessTask => "InternalError InvalidParameter InvalidParameterValue.ActionNotSupport InvalidParameterValue.TaskIdNotExist ResourceUnavailable.InArrears",
            StopMediaQualityRestorationTask => "FailedOperation.ServerBusy FailedOperation.ServerError InvalidParameter InvalidParameterValue.TaskAlreadyDone InvalidParameterValue.TaskDeleted InvalidParameterValue.TaskIdNotExist InvalidParameterValue.UriError ResourceUnavailable.InArrears UnauthorizedOperation",
        }
    }
}
