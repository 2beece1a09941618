//! `mdp` error codes, API version 2020-05-27.

tc_errors::tc_errors! {
    /// `mdp` error codes, API version 2020-05-27.
    #[non_exhaustive]
    pub enum MdpError {
        use common;

        "InternalError" => "Internal error.",
        "InternalError.GetSSAIChannelsFailed" => "Failed to obtain SSAI ad configuration.",
        "InternalError.GetSSAIUsagePartialFailed" => "Failed to obtain SSAI ad configuration usage.",
        "InvalidParameter.ActionType" => "Invalid `ActionType`.",
        "InvalidParameter.AuthInfo" => "Incorrect authentication configuration.",
        "InvalidParameter.CacheInfo" => "Invalid `CacheInfo` value",
        "InvalidParameter.CdnDomain" => "Invalid CDN playback domain name.",
        "InvalidParameter.ChannelId" => "Invalid `ChannelId`.",
        "InvalidParameter.ExceededQuantityLimit" => "The quantity exceeds the limit.",
        "InvalidParameter.Id" => "Invalid `Id`.",
        "InvalidParameter.InputFileInfo" => "The InputFileInfo is invalid.",
        "InvalidParameter.InvalidParameterChannelId" => "SSAI channel id is invalid.",
        "InvalidParameter.LvbDomain" => "Invalid `LvbDomain`.",
        "InvalidParameter.Name" => "Invalid name.",
        "InvalidParameter.NotFound" => "Failed to find the VOD remux task.",
        "InvalidParameter.OutputGroups" => "OutputGroups is invalid.",
        "InvalidParameter.OutputStorage" => "The OutputStorage is invalid.",
        "InvalidParameter.PageNum" => "Invalid `PageNum`.",
        "InvalidParameter.PageSize" => "Invalid `PageSize`.",
        "InvalidParameter.Points" => "Invalid `Points` value",
        "InvalidParameter.Protocol" => "Invalid protocol.",
        "InvalidParameter.SSAIInfo" => "Invalid ad insertion configuration parameters.",
        "InvalidParameter.State" => "VOD remux task state is invalid.",
        "InvalidParameter.Type" => "VOD remux task type error.",
        "InvalidParameter.Url" => "Invalid `Url`.",
    }
}
