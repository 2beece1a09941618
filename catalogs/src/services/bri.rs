//! `bri` error codes, API version 2019-03-28.

tc_errors::tc_errors! {
    /// `bri` error codes, API version 2019-03-28.
    #[non_exhaustive]
    pub enum BriError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InternalError.Timeout" => _ / "查询超时",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.CertMd5" => _ / "CertMd5参数错误",
        "InvalidParameter.FileMd5" => _ / "FileMd5参数错误",
        "InvalidParameter.FileSize" => _ / "FileSize参数错误",
        "InvalidParameter.Imei" => _ / "Imei参数错误",
        "InvalidParameter.InvalidAction" => _ / "接口不存在",
        "InvalidParameter.Ip" => _ / "IP参数错误",
        "InvalidParameter.PackageName" => _ / "包名填写错误",
        "InvalidParameter.PhoneNumber" => _ / "PhoneNumber参数错误",
        "InvalidParameter.QQ" => _ / "QQ参数错误",
        "InvalidParameter.Service" => _ / "Service参数错误",
        "InvalidParameter.Url" => _ / "Url参数错误",
        "InvalidParameter.Wechat" => _ / "Wechat参数错误",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnknownParameter" => _ / "未知参数错误。",

        version "2019-03-28" {
            DescribeBRI => "InternalError InternalError.Timeout InvalidParameter InvalidParameter.CertMd5 InvalidParameter.FileMd5 InvalidParameter.FileSize InvalidParameter.Imei InvalidParameter.InvalidAction InvalidParameter.Ip InvalidParameter.PackageName InvalidParameter.PhoneNumber InvalidParameter.QQ InvalidParameter.Service InvalidParameter.Url InvalidParameter.Wechat InvalidParameterValue LimitExceeded MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnknownParameter",
        }
    }
}
