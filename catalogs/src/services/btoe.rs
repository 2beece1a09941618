//! `btoe` error codes, API versions 2021-03-03 and 2021-05-14.

tc_errors::tc_errors! {
    /// `btoe` error codes, API versions 2021-03-03 and 2021-05-14.
    #[non_exhaustive]
    pub enum BtoeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ArrearsError" => _ / "帐号已欠费。",
        "FailedOperation.CountLimitError" => _ / "今日次数达到限制。",
        "FailedOperation.DataInfoTooLong" => _ / "数据明文内容过长。",
        "FailedOperation.DownLoadError" => _ / "文件下载失败。",
        "FailedOperation.FileEncodindFormatError" => _ / "文件编码格式错误。",
        "FailedOperation.FileReadFailed" => _ / "文件读取失败。",
        "FailedOperation.HashNoMatch" => _ / "哈希不匹配。",
        "FailedOperation.OnChainFailure" => _ / "上链失败。",
        "FailedOperation.QueryNoRecord" => _ / "查询无记录。",
        "FailedOperation.SensitiveData" => _ / "敏感数据。",
        "FailedOperation.UnKnowError" => _ / "未知错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.AccountInfoInvalid" => _ / "用户数据无效。",
        "InvalidParameter.InvalidFileSuffix" => _ / "文件后缀不正确。",
        "InvalidParameter.InvalidParameterValue" => _ / "参数值错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.DataInfoTooLong" => _ / "数据明文内容过长。",
        "InvalidParameterValue.HashNoMatch" => _ / "哈希不匹配。",
        "InvalidParameterValue.InvalidFileSuffix" => _ / "文件后缀不正确。",
        "InvalidParameterValue.InvalidURL" => _ / "URL无效。",
        "InvalidParameterValue.ParameterError" => _ / "参数值错误。",
        "InvalidParameterValue.TooLargeFileError" => _ / "文件内容太大。",
        "LimitExceeded.TooLargeFileError" => _ / "文件内容太大。",
        "ResourceInsufficient.LowBalance" => _ / "余额不足。",
        "ResourceNotFound.DownLoadError" => _ / "文件下载失败。",
        "ResourceUnavailable.ResourceNotOpened" => _ / "资源未完成开通。",
        "InvalidParameter.InvalidURL" => _ / "URL无效。",

        version "2021-03-03" {
            CreateAudioDeposit => "AuthFailure InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceNotFound.DownLoadError",
            CreateDataDeposit => "AuthFailure FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.DataInfoTooLong InvalidParameterValue.HashNoMatch ResourceNotFound.DownLoadError",
            CreateDocDeposit => "AuthFailure FailedOperation.FileReadFailed InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceNotFound.DownLoadError",
            CreateHashDeposit => "AuthFailure FailedOperation FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue InvalidParameterValue.HashNoMatch ResourceUnavailable.ResourceNotOpened",
            CreateHashDepositNoCert => "AuthFailure FailedOperation.OnChainFailure FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue ResourceUnavailable.ResourceNotOpened",
            CreateHashDepositNoSeal => "AuthFailure FailedOperation.OnChainFailure FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue ResourceUnavailable.ResourceNotOpened",
            CreateImageDeposit => "AuthFailure FailedOperation.FileEncodindFormatError InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceInsufficient.LowBalance ResourceNotFound.DownLoadError",
            CreateVideoDeposit => "AuthFailure FailedOperation.FileEncodindFormatError FailedOperation.FileReadFailed InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceNotFound.DownLoadError",
            CreateWebpageDeposit => "AuthFailure FailedOperation.UnKnowError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameter.InvalidURL InvalidParameterValue.InvalidURL ResourceInsufficient.LowBalance ResourceUnavailable.ResourceNotOpened",
            GetDepositCert => "AuthFailure FailedOperation.QueryNoRecord InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue",
            GetDepositFile => "AuthFailure FailedOperation.ArrearsError FailedOperation.CountLimitError FailedOperation.DataInfoTooLong FailedOperation.DownLoadError FailedOperation.HashNoMatch FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.AccountInfoInvalid InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue LimitExceeded.TooLargeFileError ResourceInsufficient.LowBalance",
            GetDepositInfo => "AuthFailure FailedOperation.DownLoadError FailedOperation.FileReadFailed FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue",
        }

        version "2021-05-14" {
            CreateAudioDeposit => "AuthFailure InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceNotFound.DownLoadError ResourceUnavailable.ResourceNotOpened",
            CreateDataDeposit => "AuthFailure FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.DataInfoTooLong InvalidParameterValue.HashNoMatch ResourceInsufficient.LowBalance ResourceNotFound.DownLoadError ResourceUnavailable.ResourceNotOpened",
            CreateDocDeposit => "AuthFailure FailedOperation.FileEncodindFormatError FailedOperation.FileReadFailed FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceInsufficient.LowBalance ResourceNotFound.DownLoadError ResourceUnavailable.ResourceNotOpened",
            CreateHashDeposit => "AuthFailure FailedOperation FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue InvalidParameterValue.HashNoMatch ResourceInsufficient.LowBalance ResourceUnavailable.ResourceNotOpened",
            CreateHashDepositNoCert => "AuthFailure FailedOperation.OnChainFailure FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue ResourceInsufficient.LowBalance ResourceUnavailable.ResourceNotOpened",
            CreateHashDepositNoSeal => "AuthFailure FailedOperation.OnChainFailure FailedOperation.UnKnowError InternalError InvalidParameter.InvalidParameterValue ResourceInsufficient.LowBalance ResourceUnavailable.ResourceNotOpened",
            CreateImageDeposit => "AuthFailure FailedOperation.FileEncodindFormatError InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.ParameterError InvalidParameterValue.TooLargeFileError LimitExceeded.TooLargeFileError ResourceInsufficient.LowBalance ResourceNotFound.DownLoadError ResourceUnavailable.ResourceNotOpened",
            CreateVideoDeposit => "AuthFailure FailedOperation.FileEncodindFormatError FailedOperation.FileReadFailed InternalError InvalidParameter InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue InvalidParameterValue.HashNoMatch InvalidParameterValue.InvalidFileSuffix InvalidParameterValue.InvalidURL InvalidParameterValue.TooLargeFileError ResourceInsufficient.LowBalance ResourceNotFound.DownLoadError ResourceUnavailable.ResourceNotOpened",
            GetDepositCert => "AuthFailure FailedOperation.QueryNoRecord InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue ResourceUnavailable.ResourceNotOpened",
            GetDepositFile => "AuthFailure FailedOperation.ArrearsError FailedOperation.CountLimitError FailedOperation.DataInfoTooLong FailedOperation.DownLoadError FailedOperation.HashNoMatch FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.AccountInfoInvalid InvalidParameter.InvalidFileSuffix InvalidParameter.InvalidParameterValue InvalidParameterValue LimitExceeded.TooLargeFileError ResourceInsufficient.LowBalance ResourceUnavailable.ResourceNotOpened",
            GetDepositInfo => "AuthFailure FailedOperation.DownLoadError FailedOperation.FileReadFailed FailedOperation.OnChainFailure FailedOperation.QueryNoRecord FailedOperation.SensitiveData FailedOperation.UnKnowError InternalError InvalidParameter InvalidParameter.InvalidParameterValue InvalidParameterValue",
            VerifyEvidenceBlockChainTxHash => "AuthFailure InvalidParameter.InvalidParameterValue InvalidParameterValue.ParameterError",
            VerifyEvidenceHash => "AuthFailure InvalidParameter.InvalidParameterValue InvalidParameterValue.ParameterError",
        }
    }
}
