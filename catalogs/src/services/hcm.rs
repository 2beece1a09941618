//! `hcm` error codes, API version 2018-11-06.

tc_errors::tc_errors! {
    /// `hcm` error codes, API version 2018-11-06.
    #[non_exhaustive]
    pub enum HcmError {
        use common;

        "FailedOperation.ChargeCountError" => _ / "计费次数统计失败。",
        "InternalError.EngineRequestFailed" => _ / "引擎请求失败。",
        "InternalError.EngineResultError" => _ / "引擎识别失败。",
        "InternalError.InitialParameterError" => _ / "初始化参数错误。",
        "InternalError.ServerInternalError" => _ / "服务器内部错误。",
        "InvalidParameterValue.CannotFindImageError" => _ / "无法找到图像，请确认Image参数与Url参数无误。",
        "InvalidParameterValue.CannotFindSession" => _ / "评估之前没有初始化或已过期。",
        "InvalidParameterValue.EmptyImageError" => _ / "Image参数为空，请重新填写。",
        "InvalidParameterValue.EmptyInputError" => _ / "必填参数为空，请核实传入参数。",
        "InvalidParameterValue.ExceedDownloadImageSizeError" => _ / "超过图片大小限制，请裁剪后再评估。",
        "InvalidParameterValue.FailDecodeError" => _ / "图像解码错误，请重新核实图像信息。",
        "InvalidParameterValue.FailDownloadImageError" => _ / "图片下载失败，请核实图像下载地址。",
        "InvalidParameterValue.FailRecognizeError" => _ / "算式信息获取失败，请核实图像内容。",
        "InvalidParameterValue.InvalidImageError" => _ / "输入的图片为非速算图片，请核实图片中存在手写数学公式，且背景没有太多干扰。",
        "ResourceNotFound.CannotFindUser" => _ / "无法找到用户，请确认已在控制台开通服务并使用了正确的HCMAPPID。",

        version "2018-11-06" {
            Evaluation => "FailedOperation.ChargeCountError InternalError.EngineRequestFailed InternalError.EngineResultError InternalError.InitialParameterError InternalError.ServerInternalError InvalidParameterValue.CannotFindImageError InvalidParameterValue.CannotFindSession InvalidParameterValue.EmptyImageError InvalidParameterValue.EmptyInputError InvalidParameterValue.ExceedDownloadImageSizeError InvalidParameterValue.FailDecodeError InvalidParameterValue.FailDownloadImageError InvalidParameterValue.FailRecognizeError InvalidParameterValue.InvalidImageError ResourceNotFound.CannotFindUser",
        }
    }
}
