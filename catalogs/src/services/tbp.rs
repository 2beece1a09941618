//! `tbp` error codes, API versions 2019-03-11 and 2019-06-27.

tc_errors::tc_errors! {
    /// `tbp` error codes, API versions 2019-03-11 and 2019-06-27.
    #[non_exhaustive]
    pub enum TbpError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InternalError.ErrorMms" => _ / "查询数据库失败，没有对应数据。",
        "InternalError.ErrorNlu" => _ / "nlu处理失败。",
        "InternalError.ErrorRpc" => _ / "rpc调用失败。",
        "InternalError.ErrorWebHook" => _ / "webHook处理失败。",
        "InternalError.NoAppPrivilege" => _ / "未开通相关应用访问权限。",
        "InvalidParameter" => _ / "参数错误。",
        "InternalError.CallMMSFailed" => _ / "调用元数据服务失败。",
        "InternalError.ErrorAsr" => _ / "请求ASR服务失败。",
        "InternalError.ErrorTts" => _ / "请求TTS服务失败。",
        "InternalError.MMSInternalError" => _ / "查询元数据失败，没有对应数据。",

        version "2019-03-11" {
            CreateBot => "InternalError.CallMMSFailed InternalError.MMSInternalError InvalidParameter",
            Reset => "InternalError.ErrorAsr InternalError.ErrorMms InternalError.ErrorRpc InternalError.ErrorTts InternalError.NoAppPrivilege InvalidParameter",
            TextProcess => "InternalError InternalError.ErrorMms InternalError.ErrorNlu InternalError.ErrorRpc InternalError.ErrorWebHook InternalError.NoAppPrivilege InvalidParameter",
            TextReset => "InternalError InternalError.ErrorMms InternalError.ErrorNlu InternalError.ErrorRpc InternalError.ErrorWebHook InternalError.NoAppPrivilege InvalidParameter",
        }

        version "2019-06-27" {
            TextProcess => "InternalError InternalError.ErrorMms InternalError.ErrorNlu InternalError.ErrorRpc InternalError.ErrorWebHook InternalError.NoAppPrivilege InvalidParameter",
            TextReset => "InternalError InternalError.ErrorMms InternalError.ErrorNlu InternalError.ErrorRpc InternalError.ErrorWebHook InternalError.NoAppPrivilege InvalidParameter",
        }
    }
}
