//! `tsi` error codes, API version 2021-03-25.

tc_errors::tc_errors! {
    /// `tsi` error codes, API version 2021-03-25.
    #[non_exhaustive]
    pub enum TsiError {
        use common;

        "InvalidParameter.MissingParameter" => _ / "参数错误。",
        "UnsupportedOperation.AudioFormat" => _ / "不支持的 AudioFormat 参数，请参照文档说明。",
        "UnsupportedOperation.IsEnd" => _ / "不支持的 IsEnd 参数，请参照文档说明。",
        "UnsupportedOperation.IsNew" => _ / "不支持的 IsNew 参数，请参照文档说明。",
        "UnsupportedOperation.SeMax" => _ / "不支持的 SeMax 参数，请参照文档说明。",
        "UnsupportedOperation.TranslateTime" => _ / "不支持的 TranslateTime 参数，请参照文档说明。",

        version "2021-03-25" {
            TongChuanDisplay => "UnsupportedOperation.IsNew UnsupportedOperation.SeMax",
            TongChuanRecognize => "InvalidParameter.MissingParameter UnsupportedOperation.AudioFormat UnsupportedOperation.IsEnd UnsupportedOperation.TranslateTime",
            TongChuanSync => "InvalidParameter.MissingParameter UnsupportedOperation.AudioFormat UnsupportedOperation.IsEnd UnsupportedOperation.TranslateTime",
        }
    }
}
