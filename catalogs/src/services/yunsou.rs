//! `yunsou` error codes, API versions 2018-05-04 and 2019-11-15.

tc_errors::tc_errors! {
    /// `yunsou` error codes, API versions 2018-05-04 and 2019-11-15.
    #[non_exhaustive]
    pub enum YunsouError {
        use common;

        "FailedOperation.AccountInfo" => _ / "查询用户信息失败。",
        "FailedOperation.AppInfo" => _ / "查询应用信息失败。",
        "FailedOperation.Search" => _ / "搜索接口异常。",
        "FailedOperation.UploadDataApiFail" => _ / "数据上传异常。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.DataContent" => _ / "数据文件无效。",
        "LimitExceeded.Search" => _ / "请求的次数超过了频率限制。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2018-05-04" {
            DataManipulation => "",
            DataSearch => "",
        }

        version "2019-11-15" {
            DataManipulation => "FailedOperation.AccountInfo FailedOperation.AppInfo FailedOperation.Search FailedOperation.UploadDataApiFail InvalidParameter InvalidParameter.DataContent LimitExceeded.Search UnauthorizedOperation",
            DataSearch => "FailedOperation.AccountInfo FailedOperation.AppInfo FailedOperation.Search FailedOperation.UploadDataApiFail InvalidParameter InvalidParameter.DataContent LimitExceeded.Search UnauthorizedOperation",
        }
    }
}
