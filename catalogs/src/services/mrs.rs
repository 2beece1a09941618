//! `mrs` error codes, API version 2020-09-10.

tc_errors::tc_errors! {
    /// `mrs` error codes, API version 2020-09-10.
    #[non_exhaustive]
    pub enum MrsError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation.AsyncQueueFullError" => _ / "异步队列中待处理消息较多,请待处理完成后再调用异步接口。",
        "FailedOperation.AsyncTaskError" => _ / "异步任务处理出错,不会扣费。",
        "FailedOperation.AsyncTaskHandling" => _ / "异步任务处理中，请稍后。",
        "FailedOperation.AsyncTaskRetrying" => _ / "异步任务正在重试中，请稍后。",
        "FailedOperation.EmptyResult" => _ / "获取结果为空,请检查任务ID是否正确。",
        "FailedOperation.PushUsageMessageError" => _ / "用量消息推送失败。",
        "FailedOperation.ServiceNotOpen" => _ / "服务未开通。",
        "FailedOperation.UnknownError" => _ / "未知错误。",
        "InternalError" => _ / "内部错误。",
        "InternalError.ImageOcrError" => _ / "图片ocr识别异常。",
        "InternalError.ImageProcessError" => _ / "图片处理异常。",
        "InternalError.ServerTimeOutError" => _ / "服务调用超时。",
        "InternalError.StructionError" => _ / "报告结构化异常。",
        "InternalError.TextClassifyError" => _ / "报告文本分类异常。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.AutoFitDirection" => _ / "参数AutoFitDirection无效。",
        "InvalidParameter.ImageInfoList" => _ / "参数ImageInfoList无效。",
        "InvalidParameter.ImageOriginalSize" => _ / "参数ImageOriginalSize无效。",
        "InvalidParameter.InvalidAction" => _ / "请求Action无效。",
        "InvalidParameter.OcrEngineType" => _ / "参数OcrEngineType无效。",
        "InvalidParameter.RotateTheAngle" => _ / "参数RotateTheAngle无效。",
        "InvalidParameter.Text" => _ / "参数Text无效。",
        "InvalidParameterValue.ImageCodeInvalid" => _ / "图片编码无效。",
        "InvalidParameterValue.ImageIsNoText" => _ / "图片没有文字。",
        "InvalidParameterValue.ImageURLInvalid" => _ / "图片URL无效。",
        "LimitExceeded.TextSizeLimitExceeded" => _ / "文本大小超过限制。",
        "OperationDenied.UnSupportThisType" => _ / "不支持的报告类型。",
        "UnauthorizedOperation.PermissionDeniedError" => _ / "当前无权限，请检查BisinsessId。",
        "UnsupportedOperation.UnSupportThisType" => _ / "当前报告类型不支持。",

        version "2020-09-10" {
            DrugInstructionObject => "",
            ImageMask => "FailedOperation.ServiceNotOpen InternalError.ServerTimeOutError",
            ImageMaskAsync => "FailedOperation.AsyncQueueFullError",
            ImageMaskAsyncGetResult => "FailedOperation.AsyncTaskError FailedOperation.AsyncTaskHandling FailedOperation.AsyncTaskRetrying",
            ImageToClass => "AuthFailure FailedOperation.PushUsageMessageError FailedOperation.ServiceNotOpen FailedOperation.UnknownError InternalError InternalError.ImageOcrError InternalError.ImageProcessError InternalError.ServerTimeOutError InternalError.StructionError InternalError.TextClassifyError InvalidParameter InvalidParameter.AutoFitDirection InvalidParameter.ImageInfoList InvalidParameter.ImageOriginalSize InvalidParameter.InvalidAction InvalidParameter.OcrEngineType InvalidParameter.RotateTheAngle InvalidParameter.Text InvalidParameterValue.ImageCodeInvalid InvalidParameterValue.ImageURLInvalid OperationDenied.UnSupportThisType UnauthorizedOperation.PermissionDeniedError UnsupportedOperation.UnSupportThisType",
            ImageToObject => "AuthFailure FailedOperation.PushUsageMessageError FailedOperation.ServiceNotOpen FailedOperation.UnknownError InternalError InternalError.ImageOcrError InternalError.ImageProcessError InternalError.ServerTimeOutError InternalError.StructionError InternalError.TextClassifyError InvalidParameter InvalidParameter.AutoFitDirection InvalidParameter.ImageInfoList InvalidParameter.ImageOriginalSize InvalidParameter.InvalidAction InvalidParameter.OcrEngineType InvalidParameter.RotateTheAngle InvalidParameter.Text InvalidParameterValue.ImageCodeInvalid InvalidParameterValue.ImageIsNoText InvalidParameterValue.ImageURLInvalid LimitExceeded.TextSizeLimitExceeded UnauthorizedOperation.PermissionDeniedError UnsupportedOperation.UnSupportThisType",
            TextToClass => "AuthFailure FailedOperation.PushUsageMessageError FailedOperation.ServiceNotOpen FailedOperation.UnknownError InternalError InternalError.ImageOcrError InternalError.ImageProcessError InternalError.ServerTimeOutError InternalError.StructionError InternalError.TextClassifyError InvalidParameter InvalidParameter.AutoFitDirection InvalidParameter.ImageInfoList InvalidParameter.ImageOriginalSize InvalidParameter.InvalidAction InvalidParameter.OcrEngineType InvalidParameter.RotateTheAngle InvalidParameter.Text InvalidParameterValue.ImageCodeInvalid InvalidParameterValue.ImageURLInvalid UnauthorizedOperation.PermissionDeniedError UnsupportedOperation.UnSupportThisType",
            TextToObject => "AuthFailure FailedOperation.PushUsageMessageError FailedOperation.ServiceNotOpen FailedOperation.UnknownError InternalError InternalError.ImageOcrError InternalError.ImageProcessError InternalError.ServerTimeOutError InternalError.StructionError InternalError.TextClassifyError InvalidParameter InvalidParameter.AutoFitDirection InvalidParameter.ImageInfoList InvalidParameter.ImageOriginalSize InvalidParameter.InvalidAction InvalidParameter.OcrEngineType InvalidParameter.RotateTheAngle InvalidParameter.Text InvalidParameterValue.ImageCodeInvalid InvalidParameterValue.ImageURLInvalid LimitExceeded.TextSizeLimitExceeded UnauthorizedOperation.PermissionDeniedError UnsupportedOperation.UnSupportThisType",
            TurnPDFToObject => "FailedOperation.ServiceNotOpen InternalError.ServerTimeOutError",
            TurnPDFToObjectAsync => "FailedOperation.AsyncQueueFullError InternalError.ServerTimeOutError",
            TurnPDFToObjectAsyncGetResult => "FailedOperation.EmptyResult FailedOperation.ServiceNotOpen InternalError.ServerTimeOutError",
        }
    }
}
