//! `ims` error codes, API versions 2020-07-13 and 2020-12-29.

tc_errors::tc_errors! {
    /// `ims` error codes, API versions 2020-07-13 and 2020-12-29.
    #[non_exhaustive]
    pub enum ImsError {
        use common;

        "DryRunOperation" => "`DryRun` Operation. It means that the request would have succeeded, but the `DryRun` parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "The operation failed." / "操作失败。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InternalError.InternalError" => "An internal error occurred." / "内部错误。",
        "InvalidParameter" => "The parameter is incorrect." / "参数错误。",
        "InvalidParameter.ImageAspectRatioTooLarge" => "The aspect ratio of the image is too large." / "图片长宽比太大",
        "InvalidParameter.ImageDataTooSmall" => "The image file size is too small." / "图片体积太小",
        "InvalidParameter.ImageSizeTooSmall" => "The image resolution is too low." / "图片分辨率过低。",
        "InvalidParameter.InvalidImageContent" => "The image content is incorrect." / "图片内容错误。",
        "InvalidParameter.InvalidParameter" => "The parameter is invalid." / "参数不合法。",
        "InvalidParameterValue" => "The parameter value is incorrect." / "参数取值错误。",
        "InvalidParameterValue.EmptyImageContent" => "The image content parameter is empty." / "图片内容参数为空。",
        "InvalidParameterValue.ImageSizeTooSmall" => "The image resolution is too low." / "图片分辨率太低。",
        "InvalidParameterValue.InvalidCallbackUrl" => _ / "回调地址错误。",
        "InvalidParameterValue.InvalidContent" => "`FileContent` and `FileUrl` are empty." / "FileContent和FileUrl为空或base64编码错误。",
        "InvalidParameterValue.InvalidDataId" => "The `DataId` format is incorrect." / "DataId格式错误。",
        "InvalidParameterValue.InvalidFileContentSize" => "The image file content size is exceptional." / "图片文件内容大小异常。",
        "InvalidParameterValue.InvalidImageContent" => "The image content is incorrect." / "图片内容错误。",
        "InvalidParameterValue.InvalidParameter" => "The parameter value is incorrect." / "参数值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "The parameter is missing." / "缺少参数错误。",
        "OperationDenied" => "The operation was denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInsufficient" => "The resource is insufficient." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.ImageDownloadError" => "Image file download failed." / "图片文件下载失败。",
        "ResourceUnavailable.InQueueError" => _ / "入队列失败",
        "ResourceUnavailable.InvalidImageContent" => "The image resource is incorrect." / "图片资源错误。",
        "ResourceUnavailable.ModelCallFailed" => "Model invocation failed. Please retry." / "模型调用失败，请重试。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnauthorizedOperation.Unauthorized" => "Operation not authorized/No valid package/The account is overdue" / "未开通权限/无有效套餐包/账号已欠费。",
        "UnknownParameter" => "The parameter is unknown." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",

        version "2020-07-13" {
            ImageModeration => "DryRunOperation FailedOperation InternalError InternalError.InternalError InvalidParameter InvalidParameter.ImageAspectRatioTooLarge InvalidParameter.ImageDataTooSmall InvalidParameter.ImageSizeTooSmall InvalidParameter.InvalidImageContent InvalidParameter.InvalidParameter InvalidParameterValue InvalidParameterValue.EmptyImageContent InvalidParameterValue.ImageSizeTooSmall InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidDataId InvalidParameterValue.InvalidFileContentSize InvalidParameterValue.InvalidImageContent InvalidParameterValue.InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourceUnavailable.ImageDownloadError ResourceUnavailable.InvalidImageContent ResourceUnavailable.ModelCallFailed ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
        }

        version "2020-12-29" {
            CreateImageModerationAsyncTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.ImageSizeTooSmall InvalidParameter.InvalidImageContent InvalidParameter.InvalidParameter InvalidParameterValue InvalidParameterValue.EmptyImageContent InvalidParameterValue.ImageSizeTooSmall InvalidParameterValue.InvalidCallbackUrl InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidDataId InvalidParameterValue.InvalidFileContentSize InvalidParameterValue.InvalidImageContent InvalidParameterValue.InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourceUnavailable.ImageDownloadError ResourceUnavailable.InQueueError ResourceUnavailable.InvalidImageContent ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
            ImageModeration => "DryRunOperation FailedOperation InternalError InternalError.InternalError InvalidParameter InvalidParameter.ImageAspectRatioTooLarge InvalidParameter.ImageDataTooSmall InvalidParameter.ImageSizeTooSmall InvalidParameter.InvalidImageContent InvalidParameter.InvalidParameter InvalidParameterValue InvalidParameterValue.EmptyImageContent InvalidParameterValue.ImageSizeTooSmall InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidDataId InvalidParameterValue.InvalidFileContentSize InvalidParameterValue.InvalidImageContent InvalidParameterValue.InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourceUnavailable.ImageDownloadError ResourceUnavailable.InvalidImageContent ResourceUnavailable.ModelCallFailed ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
        }
    }
}
