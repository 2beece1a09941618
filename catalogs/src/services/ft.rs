//! `ft` error codes, API version 2020-03-04.

tc_errors::tc_errors! {
    /// `ft` error codes, API version 2020-03-04.
    #[non_exhaustive]
    pub enum FtError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.CancelJobFailure" => _ / "撤销任务无法被成功执行, 请重试。",
        "FailedOperation.DetectNoFace" => _ / "未检测到人脸。",
        "FailedOperation.FaceDetectFailed" => _ / "人脸检测失败。",
        "FailedOperation.FaceExceedBorder" => _ / "人脸出框，无法使用。",
        "FailedOperation.FaceShapeFailed" => _ / "人脸配准失败。",
        "FailedOperation.FaceSizeTooSmall" => _ / "人脸因太小被过滤，建议人脸分辨率不小于34*34。",
        #[kind(Transient)]
        "FailedOperation.FreqCtrl" => _ / "操作太频繁，触发频控，请稍后重试。",
        "FailedOperation.ImageDecodeFailed" => _ / "图片解码失败。",
        "FailedOperation.ImageDownloadError" => _ / "图片下载错误。",
        "FailedOperation.ImageNotSupported" => _ / "不支持的图片文件。",
        "FailedOperation.ImagePixelExceed" => _ / "素材尺寸超过2000*2000像素。",
        "FailedOperation.ImageResolutionExceed" => _ / "图片分辨率过大，超过2000*2000。",
        "FailedOperation.ImageResolutionTooSmall" => _ / "图片短边分辨率太小，小于64。",
        "FailedOperation.InnerError" => _ / "服务内部错误，请重试。",
        "FailedOperation.JobConflict" => _ / "任务冲突。",
        "FailedOperation.JobHasBeenCanceled" => _ / "任务已撤销，请重新提交任务。",
        "FailedOperation.JobNotExist" => _ / "任务不存在。",
        "FailedOperation.JobStopProcessing" => _ / "任务已停止处理，请重新提交任务。",
        "FailedOperation.ParameterValueError",
        "FailedOperation.RequestEntityTooLarge" => _ / "整个请求体太大（通常主要是图片）。",
        "FailedOperation.RequestTimeout" => _ / "后端服务超时。",
        "FailedOperation.RpcFail" => _ / "RPC请求失败，一般为算法微服务故障。",
        "FailedOperation.TaskNotExist" => _ / "任务不存在。",
        "FailedOperation.Unknown" => _ / "未知错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.FaceRectInvalid" => _ / "人脸框不合法。",
        "InvalidParameterValue.FaceRectInvalidFirst" => _ / "第1个人脸框参数不合法。",
        "InvalidParameterValue.FaceRectInvalidSecond" => _ / "第2个人脸框参数不合法。",
        "InvalidParameterValue.FaceRectInvalidThrid" => _ / "第3个人脸框参数不合法。",
        "InvalidParameterValue.ImageEmpty" => _ / "图片为空。",
        "InvalidParameterValue.ImageSizeExceed" => _ / "图片数据太大。",
        "InvalidParameterValue.LutImageSizeInvalid" => _ / "图片尺寸不对。",
        "InvalidParameterValue.NoFaceInPhoto" => _ / "图片中没有人脸。",
        "InvalidParameterValue.ParameterValueError" => _ / "参数不合法。",
        "InvalidParameterValue.UrlIllegal" => _ / "URL格式不合法。",
        "ResourceUnavailable.Delivering" => _ / "资源正在发货中。",
        "ResourceUnavailable.Freeze" => _ / "账号已被冻结。",
        "ResourceUnavailable.GetAuthInfoError" => _ / "获取认证信息失败。",
        "ResourceUnavailable.InArrears" => _ / "账号已欠费。",
        "ResourceUnavailable.LowBalance" => _ / "余额不足。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知，请确认是否已在控制台开通服务。",
        "ResourceUnavailable.NotReady" => _ / "服务未开通。",
        "ResourceUnavailable.Recover" => _ / "资源已被回收。",
        "ResourceUnavailable.StopUsing" => _ / "账号已停服。",
        "ResourceUnavailable.UnknownStatus" => _ / "计费状态未知。",
        "ResourcesSoldOut.ChargeStatusException" => _ / "账号已欠费。",
        "UnsupportedOperation.UnknowMethod" => _ / "未知方法名。",

        version "2020-03-04" {
            CancelFaceMorphJob => "FailedOperation.CancelJobFailure FailedOperation.InnerError FailedOperation.JobHasBeenCanceled FailedOperation.JobStopProcessing FailedOperation.RequestTimeout InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.ParameterValueError ResourceUnavailable.InArrears ResourceUnavailable.NotExist",
            ChangeAgePic => "FailedOperation.DetectNoFace FailedOperation.FaceExceedBorder FailedOperation.FaceSizeTooSmall FailedOperation.FreqCtrl FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageNotSupported FailedOperation.ImageResolutionTooSmall FailedOperation.InnerError FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail FailedOperation.Unknown InvalidParameterValue.FaceRectInvalidFirst InvalidParameterValue.FaceRectInvalidSecond InvalidParameterValue.FaceRectInvalidThrid InvalidParameterValue.ImageSizeExceed InvalidParameterValue.LutImageSizeInvalid InvalidParameterValue.NoFaceInPhoto InvalidParameterValue.ParameterValueError ResourceUnavailable.Delivering ResourceUnavailable.Freeze ResourceUnavailable.GetAuthInfoError ResourceUnavailable.InArrears ResourceUnavailable.LowBalance ResourceUnavailable.NotExist ResourceUnavailable.NotReady ResourceUnavailable.Recover ResourceUnavailable.StopUsing ResourceUnavailable.UnknownStatus ResourcesSoldOut.ChargeStatusException",
            FaceCartoonPic => "FailedOperation.DetectNoFace FailedOperation.FaceDetectFailed FailedOperation.FaceShapeFailed FailedOperation.FaceSizeTooSmall FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageNotSupported FailedOperation.ImagePixelExceed FailedOperation.ImageResolutionExceed FailedOperation.ImageResolutionTooSmall FailedOperation.InnerError FailedOperation.ParameterValueError FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail InvalidParameterValue.FaceRectInvalid InvalidParameterValue.FaceRectInvalidFirst InvalidParameterValue.ImageSizeExceed InvalidParameterValue.NoFaceInPhoto InvalidParameterValue.ParameterValueError InvalidParameterValue.UrlIllegal ResourceUnavailable.InArrears ResourceUnavailable.LowBalance ResourceUnavailable.NotExist ResourceUnavailable.NotReady ResourceUnavailable.StopUsing UnsupportedOperation.UnknowMethod",
            MorphFace => "FailedOperation.DetectNoFace FailedOperation.FaceSizeTooSmall FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageNotSupported FailedOperation.ImageResolutionTooSmall FailedOperation.InnerError FailedOperation.JobConflict FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail InvalidParameter InvalidParameterValue InvalidParameterValue.ImageEmpty InvalidParameterValue.ImageSizeExceed InvalidParameterValue.NoFaceInPhoto InvalidParameterValue.ParameterValueError InvalidParameterValue.UrlIllegal ResourceUnavailable.InArrears ResourceUnavailable.NotExist ResourceUnavailable.NotReady",
            QueryFaceMorphJob => "FailedOperation FailedOperation.InnerError FailedOperation.JobNotExist FailedOperation.RequestTimeout FailedOperation.RpcFail FailedOperation.TaskNotExist FailedOperation.Unknown InternalError InvalidParameterValue InvalidParameterValue.ParameterValueError ResourceUnavailable.InArrears ResourceUnavailable.NotExist",
            SwapGenderPic => "FailedOperation.DetectNoFace FailedOperation.FaceSizeTooSmall FailedOperation.FreqCtrl FailedOperation.ImageDecodeFailed FailedOperation.ImageDownloadError FailedOperation.ImageNotSupported FailedOperation.ImageResolutionTooSmall FailedOperation.InnerError FailedOperation.RequestEntityTooLarge FailedOperation.RequestTimeout FailedOperation.RpcFail InvalidParameterValue.FaceRectInvalidFirst InvalidParameterValue.FaceRectInvalidSecond InvalidParameterValue.FaceRectInvalidThrid InvalidParameterValue.ImageSizeExceed InvalidParameterValue.NoFaceInPhoto InvalidParameterValue.ParameterValueError ResourceUnavailable.Delivering ResourceUnavailable.Freeze ResourceUnavailable.GetAuthInfoError ResourceUnavailable.InArrears ResourceUnavailable.LowBalance ResourceUnavailable.NotExist ResourceUnavailable.NotReady ResourceUnavailable.Recover ResourceUnavailable.StopUsing ResourceUnavailable.UnknownStatus ResourcesSoldOut.ChargeStatusException",
        }
    }
}
