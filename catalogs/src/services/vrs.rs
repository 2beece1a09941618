//! `vrs` error codes, API version 2020-08-24.

tc_errors::tc_errors! {
    /// `vrs` error codes, API version 2020-08-24.
    #[non_exhaustive]
    pub enum VrsError {
        use common;

        "AuthFailure.UnauthorizedOperation" => _ / "CAM权限错误。",
        "FailedOperation.ErrorInvalidTaskStatus" => _ / "任务状态错误。",
        "FailedOperation.NoSuchTask" => _ / "任务不存在。",
        "FailedOperation.VoiceEvaluateFailed" => _ / "检测失败。",
        "FailedOperation.VoiceNotQualified" => _ / "音频质量差。",
        "InternalError.FailAccessDatabase" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue.AudioData" => _ / "音频数据错误。",
        "InvalidParameterValue.AudioDurationExceedsLimit" => _ / "音频时长超限，时长不可超过15s",
        "InvalidParameterValue.Codec" => _ / "Codec非法，请参考Codec参数说明。",
        "InvalidParameterValue.ErrorInvalidTaskId" => _ / "无效TaskId。",
        "InvalidParameterValue.SampleRate" => _ / "SampleRate非法，请参考SampleRate参数说明。",
        "InvalidParameterValue.VoiceGender" => _ / "音色性别错误。",
        "InvalidParameterValue.VoiceLanguage" => _ / "音色语言错误。",
        "InvalidParameterValue.VoiceName" => _ / "音色名称错误。",
        "UnsupportedOperation.VRSQuotaExhausted" => _ / "无声音复刻任务配额",

        version "2020-08-24" {
            CancelVRSTask => "FailedOperation.ErrorInvalidTaskStatus FailedOperation.NoSuchTask InternalError.FailAccessDatabase",
            CreateVRSTask => "InternalError.FailAccessDatabase InvalidParameter InvalidParameterValue.Codec InvalidParameterValue.SampleRate InvalidParameterValue.VoiceGender InvalidParameterValue.VoiceLanguage InvalidParameterValue.VoiceName UnsupportedOperation.VRSQuotaExhausted",
            DescribeVRSTaskStatus => "FailedOperation.NoSuchTask",
            DetectEnvAndSoundQuality => "FailedOperation.VoiceEvaluateFailed FailedOperation.VoiceNotQualified InvalidParameterValue.AudioData InvalidParameterValue.AudioDurationExceedsLimit InvalidParameterValue.Codec InvalidParameterValue.SampleRate",
            DownloadVRSModel => "FailedOperation.ErrorInvalidTaskStatus FailedOperation.NoSuchTask InternalError.FailAccessDatabase InvalidParameterValue.ErrorInvalidTaskId",
            GetTrainingText => "FailedOperation.ErrorInvalidTaskStatus FailedOperation.NoSuchTask InternalError.FailAccessDatabase InvalidParameterValue.ErrorInvalidTaskId",
            GetVRSVoiceTypeInfo => "FailedOperation.ErrorInvalidTaskStatus FailedOperation.NoSuchTask InternalError.FailAccessDatabase InvalidParameterValue.ErrorInvalidTaskId",
            GetVRSVoiceTypes => "AuthFailure.UnauthorizedOperation InternalError.FailAccessDatabase",
        }
    }
}
