//! `lkeap` error codes, API version 2024-05-22.

tc_errors::tc_errors! {
    /// `lkeap` error codes, API version 2024-05-22.
    #[non_exhaustive]
    pub enum LkeapError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.EngineServerError" => "Engine layer internal error." / "引擎层内部错误。",
        "FailedOperation.FileParseError" => _ / "解析失败。",
        "FailedOperation.FileParseTimeout" => _ / "文档解析超时。",
        "FailedOperation.InternalError" => _ / "内部错误。",
        "FailedOperation.NonsupportParse" => "Currently, it is not supported to parse this file." / "暂不支持解析该文件。",
        "FailedOperation.OcrFailed",
        "FailedOperation.UnKnowError" => "Internal unknown error." / "内部未知错误。",
        "FailedOperation.UnOpenError" => "The service is not activated." / "服务未开通。",
        #[kind(Transient)]
        "FailedOperation.UploadResultFileFailed" => "Failed to access to the URL of genetated file of recognition result. Please retry later." / "生成识别结果文件访问url失败，请稍后重试。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.FileURLInvalid" => _ / "文件url链接不正确。",
        "InvalidParameter.InvalidFileFormat" => _ / "无效的文件格式。",
        "InvalidParameter.InvalidFileType" => _ / "无效的文件类型。",
        "InvalidParameterValue.InvalidParameterValueLimit" => "Parameter value error." / "参数值错误。",
        "LimitExceeded.ExceededMaxPagesError" => "Exceeds the maximum file page limit." / "超过最大文件页数限制",
        "LimitExceeded.TooLargeFileError" => "File too large." / "文件太大",
        "RequestLimitExceeded" => "Too many and frequent requests." / "请求的次数超过了频率限制。",
        "ResourceUnavailable.InArrears" => "The account is in arrears." / "账号已欠费。",
        "ResourceUnavailable.ResourcePackageRunOut" => "The account resource package is exhausted." / "账号资源包耗尽。",
        "ResourcesSoldOut.ChargeStatusException" => "The billing status is abnormal." / "计费状态异常。",

        version "2024-05-22" {
            CancelTask => "InternalError",
            ChatCompletions => "FailedOperation FailedOperation.EngineServerError ResourceUnavailable.ResourcePackageRunOut",
            CreateReconstructDocumentFlow => "FailedOperation FailedOperation.InternalError InvalidParameter.FileURLInvalid InvalidParameter.InvalidFileFormat InvalidParameter.InvalidFileType LimitExceeded.ExceededMaxPagesError LimitExceeded.TooLargeFileError ResourceUnavailable.ResourcePackageRunOut ResourcesSoldOut.ChargeStatusException",
            CreateSplitDocumentFlow => "FailedOperation InternalError InvalidParameter.FileURLInvalid InvalidParameter.InvalidFileFormat InvalidParameter.InvalidFileType LimitExceeded.ExceededMaxPagesError LimitExceeded.TooLargeFileError RequestLimitExceeded ResourceUnavailable.ResourcePackageRunOut",
            GetCharacterUsage => "FailedOperation InternalError InvalidParameter.FileURLInvalid InvalidParameter.InvalidFileFormat InvalidParameter.InvalidFileType LimitExceeded.ExceededMaxPagesError LimitExceeded.TooLargeFileError RequestLimitExceeded ResourceUnavailable.ResourcePackageRunOut",
            GetEmbedding => "FailedOperation ResourceUnavailable.ResourcePackageRunOut",
            GetReconstructDocumentResult => "FailedOperation.FileParseError FailedOperation.FileParseTimeout FailedOperation.InternalError InvalidParameter InvalidParameter.FileURLInvalid InvalidParameter.InvalidFileFormat InvalidParameter.InvalidFileType RequestLimitExceeded ResourceUnavailable.ResourcePackageRunOut ResourcesSoldOut.ChargeStatusException",
            GetSplitDocumentResult => "FailedOperation.FileParseError FailedOperation.FileParseTimeout FailedOperation.InternalError InvalidParameter.FileURLInvalid InvalidParameter.InvalidFileFormat InvalidParameter.InvalidFileType RequestLimitExceeded ResourceUnavailable.ResourcePackageRunOut ResourcesSoldOut.ChargeStatusException",
            QueryRewrite => "FailedOperation",
            ReconstructDocumentSSE => "FailedOperation.NonsupportParse FailedOperation.OcrFailed FailedOperation.UnKnowError FailedOperation.UnOpenError FailedOperation.UploadResultFileFailed InvalidParameterValue.InvalidParameterValueLimit LimitExceeded.ExceededMaxPagesError LimitExceeded.TooLargeFileError ResourceUnavailable.InArrears ResourceUnavailable.ResourcePackageRunOut ResourcesSoldOut.ChargeStatusException",
            RunRerank => "FailedOperation",
        }
    }
}
