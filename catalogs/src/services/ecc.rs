//! `ecc` error codes, API version 2018-12-13.

tc_errors::tc_errors! {
    /// `ecc` error codes, API version 2018-12-13.
    #[non_exhaustive]
    pub enum EccError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InternalError.CorrectError" => _ / "批改错误。",
        "InternalError.DataFormatAbnormalError" => _ / "数据格式错误。",
        "InternalError.DatabaseServerInternalError" => _ / "服务内部错误。",
        "InternalError.OcrError" => _ / "识别错误。",
        "InternalError.OcrServerInternError" => _ / "服务器内部错误，初始化失败。",
        "InternalError.OtherError" => _ / "其它错误。",
        "InternalError.OverLoadError" => _ / "服务器过载，请联系相关客服。",
        "InternalError.RecognizeError" => _ / "图片识别错误。",
        "InternalError.ServerConnectDownloadError" => _ / "无法连接图像下载服务器。",
        "InternalError.SplitError" => _ / "图片切割错误。",
        "InvalidParameter.EmptyParameterError" => _ / "参数为空。",
        "InvalidParameter.InputError" => _ / "传入的参数有误。",
        "InvalidParameter.TaskNotFound" => _ / "任务不存在。",
        "InvalidParameterValue.AppidInvalidError" => _ / "Appid无效。",
        "InvalidParameterValue.DecodeImageError" => _ / "图片解码失败，请核实输入信息。",
        "InvalidParameterValue.DownloadImageFailError" => _ / "url图片下载失败。",
        "InvalidParameterValue.EmptyImageError" => _ / "图片数据为空。",
        "InvalidParameterValue.ImageDownloadFailError" => _ / "图片下载失败。",
        "InvalidParameterValue.ImageSizeExceedError" => _ / "图片超出下载限制。",
        "InvalidParameterValue.ImageTooBigError" => _ / "图片尺寸太大。",
        "InvalidParameterValue.InputTypeValueError" => _ / "输入错误，请核实InputType参数。",
        "InvalidParameterValue.SessionError" => _ / "SessionId无效。",
        "InvalidParameterValue.UrlFromatIvadlidError" => _ / "图像请求URL的格式错误。",
        "LimitExceeded.FreqLimitForbiddenAccessError" => _ / "频率限制。",
        "ResourceNotFound.CannotFindUser" => _ / "无法找到用户，请确认已在控制台开通服务并使用了正确的 ECCAPPID。",
        "ResourceNotFound.ServerNameNotExistInLicenseError" => _ / "无效的服务名称。",
        "ResourceUnavailable.AuthorizeError" => _ / "服务未开通或已欠费。",
        "UnauthorizedOperation.LicenseInvalidForbiddenAccessError" => _ / "license无效。",
        "UnauthorizedOperation.ServerNameUnauthorizedInError" => _ / "license中未授权该服务。",

        version "2018-12-13" {
            CorrectMultiImage => "InternalError InternalError.CorrectError InternalError.DatabaseServerInternalError InternalError.OcrError InternalError.OcrServerInternError InternalError.OtherError InternalError.OverLoadError InternalError.RecognizeError InternalError.ServerConnectDownloadError InternalError.SplitError InvalidParameter.EmptyParameterError InvalidParameter.InputError InvalidParameterValue.AppidInvalidError InvalidParameterValue.DecodeImageError InvalidParameterValue.DownloadImageFailError InvalidParameterValue.EmptyImageError InvalidParameterValue.ImageDownloadFailError InvalidParameterValue.ImageSizeExceedError InvalidParameterValue.ImageTooBigError InvalidParameterValue.InputTypeValueError InvalidParameterValue.SessionError InvalidParameterValue.UrlFromatIvadlidError LimitExceeded.FreqLimitForbiddenAccessError ResourceNotFound.CannotFindUser ResourceNotFound.ServerNameNotExistInLicenseError ResourceUnavailable.AuthorizeError UnauthorizedOperation.LicenseInvalidForbiddenAccessError UnauthorizedOperation.ServerNameUnauthorizedInError",
            DescribeTask => "InternalError InternalError.CorrectError InternalError.DataFormatAbnormalError InternalError.DatabaseServerInternalError InternalError.OcrError InternalError.OcrServerInternError InternalError.OtherError InternalError.OverLoadError InternalError.RecognizeError InternalError.ServerConnectDownloadError InternalError.SplitError InvalidParameter.EmptyParameterError InvalidParameter.InputError InvalidParameter.TaskNotFound InvalidParameterValue.AppidInvalidError InvalidParameterValue.DecodeImageError InvalidParameterValue.DownloadImageFailError InvalidParameterValue.ImageDownloadFailError InvalidParameterValue.ImageSizeExceedError InvalidParameterValue.UrlFromatIvadlidError LimitExceeded.FreqLimitForbiddenAccessError ResourceNotFound.CannotFindUser ResourceNotFound.ServerNameNotExistInLicenseError ResourceUnavailable.AuthorizeError UnauthorizedOperation.LicenseInvalidForbiddenAccessError UnauthorizedOperation.ServerNameUnauthorizedInError",
            ECC => "InternalError.CorrectError InternalError.DatabaseServerInternalError InvalidParameter.InputError InvalidParameterValue.SessionError ResourceNotFound.CannotFindUser",
            EHOCR => "InternalError InternalError.CorrectError InternalError.DatabaseServerInternalError InternalError.OcrError InternalError.OcrServerInternError InternalError.OtherError InternalError.OverLoadError InternalError.RecognizeError InternalError.ServerConnectDownloadError InternalError.SplitError InvalidParameter.EmptyParameterError InvalidParameter.InputError InvalidParameterValue.AppidInvalidError InvalidParameterValue.DecodeImageError InvalidParameterValue.DownloadImageFailError InvalidParameterValue.EmptyImageError InvalidParameterValue.ImageDownloadFailError InvalidParameterValue.ImageSizeExceedError InvalidParameterValue.ImageTooBigError InvalidParameterValue.InputTypeValueError InvalidParameterValue.SessionError InvalidParameterValue.UrlFromatIvadlidError LimitExceeded.FreqLimitForbiddenAccessError ResourceNotFound.CannotFindUser ResourceNotFound.ServerNameNotExistInLicenseError ResourceUnavailable.AuthorizeError UnauthorizedOperation.LicenseInvalidForbiddenAccessError UnauthorizedOperation.ServerNameUnauthorizedInError",
        }
    }
}
