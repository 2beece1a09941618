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
    }
}
