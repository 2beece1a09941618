//! `cms` error codes, API version 2019-03-21.

tc_errors::tc_errors! {
    /// `cms` error codes, API version 2019-03-21.
    #[non_exhaustive]
    pub enum CmsError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误",
        "InternalError.InternalError" => _ / "服务内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.ImageAspectRatioTooLarge" => _ / "图片长宽比太大",
        "InvalidParameter.ImageDataTooSmall" => _ / "图片体积太小",
        "InvalidParameter.ImageSizeTooSmall" => _ / "图片尺寸过小。",
        "InvalidParameter.InvalidImageContent" => _ / "图片内容错误。",
        "InvalidParameter.ParameterError" => _ / "参数不可用",
        "InvalidParameterValue.ErrFileContent" => _ / "FileContent不可用：需Base64编码",
        "InvalidParameterValue.ErrImageSize" => _ / "图片尺寸错误。",
        "InvalidParameterValue.ErrTextContentLen" => _ / "文本内容过长。",
        "InvalidParameterValue.ErrTextContentType" => _ / "文本内容类型错误：需base64编码",
        "InvalidParameterValue.InvalidContent" => _ / "Content参数错误",
        "InvalidParameterValue.InvalidFileContentSize" => _ / "图片文件内容大小异常。",
        "InvalidParameterValue.InvalidImageContent" => _ / "图片内容错误",
        "InvalidParameterValue.InvalidParameter" => _ / "参数取值错误",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "MissingParameter.ErrFileUrl" => _ / "FileUrl或FileContent都为空",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.ErrDowdownInternalError" => _ / "文件链接下载内部错误",
        "ResourceNotFound.ErrDowdownParamsError" => _ / "文件链接下载服务参数异常",
        "ResourceNotFound.ErrDowdownSourceError" => _ / "文件链接下载源错误",
        "ResourceNotFound.ErrDowdownTimeOut" => _ / "文件链接下载超时",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.ErrImageTimeOut" => _ / "图片识别服务超时",
        "ResourceUnavailable.ErrTextTimeOut" => _ / "文本识别服务超时",
        "ResourceUnavailable.ImageDownloadError" => _ / "图片文件下载失败。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.ErrAuth" => _ / "鉴权失败",
        "UnauthorizedOperation.Unauthorized" => _ / "未开通权限/无有效套餐包/账号已欠费。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2019-03-21" {
            CreateKeywordsSamples => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteLibSamples => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeKeywordsLibs => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeLibSamples => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ImageModeration => "InternalError InternalError.InternalError InvalidParameter.ImageAspectRatioTooLarge InvalidParameter.ImageDataTooSmall InvalidParameter.ImageSizeTooSmall InvalidParameter.InvalidImageContent InvalidParameter.ParameterError InvalidParameterValue.ErrFileContent InvalidParameterValue.ErrImageSize InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidFileContentSize InvalidParameterValue.InvalidImageContent InvalidParameterValue.InvalidParameter MissingParameter.ErrFileUrl ResourceNotFound.ErrDowdownInternalError ResourceNotFound.ErrDowdownParamsError ResourceNotFound.ErrDowdownSourceError ResourceNotFound.ErrDowdownTimeOut ResourceUnavailable.ErrImageTimeOut ResourceUnavailable.ImageDownloadError UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            TextModeration => "InternalError InvalidParameter.ParameterError InvalidParameterValue.ErrFileContent InvalidParameterValue.ErrTextContentLen InvalidParameterValue.ErrTextContentType ResourceUnavailable.ErrTextTimeOut UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
        }
    }
}
