//! `mdl` error codes, API version 2020-03-26.

tc_errors::tc_errors! {
    /// `mdl` error codes, API version 2020-03-26.
    #[non_exhaustive]
    pub enum MdlError {
        use common;

        "InternalError" => "Internal error.",
        "InvalidParameter" => "Invalid parameter.",
        "InvalidParameter.AVTemplates" => "Audio/Video transcoding template error",
        "InvalidParameter.AlreadyAssociatedChannel" => "`Channel` already associated.",
        "InvalidParameter.AlreadyAssociatedInput" => "`Input` already associated.",
        "InvalidParameter.AttachedInputs" => "Invalid `AttachedInputs`.",
        "InvalidParameter.AudioTemplates" => "Incorrect audio transcoding template.",
        "InvalidParameter.ChannelId" => "Channel ID error.",
        "InvalidParameter.EndTime" => "Invalid `EndTime`.",
        "InvalidParameter.ExceededQuantityLimit" => "The quantity exceeds the limit.",
        "InvalidParameter.FrameCaptureTemplates" => "Screenshot template parameter error.",
        "InvalidParameter.Id" => "Invalid `Id`.",
        "InvalidParameter.ImageSettings" => "Watermark image configuration error.",
        "InvalidParameter.InputSettings" => "Invalid `InputSettings`.",
        "InvalidParameter.Name" => "Invalid `Name`.",
        "InvalidParameter.NotFound" => "Not found.",
        "InvalidParameter.NotifyKey" => "Callback key format error.",
        "InvalidParameter.NotifyUrl" => "Callback URL format error.",
        "InvalidParameter.OutputGroups" => "Invalid `OutputGroups`.",
        "InvalidParameter.PageNum" => "Page number error.",
        "InvalidParameter.Period",
        "InvalidParameter.Plan" => "Invalid `Plan` parameter",
        "InvalidParameter.SecurityGroups" => "Invalid `SecurityGroups`.",
        "InvalidParameter.StartTime" => "Invalid `StartTime`.",
        "InvalidParameter.State" => "Exceptional status.",
        "InvalidParameter.StateError" => "Incorrect status.",
        "InvalidParameter.TextSettings" => "Watermark text configuration error.",
        "InvalidParameter.Type" => "Invalid `Type`.",
        "InvalidParameter.VideoTemplates" => "Incorrect video transcoding template.",
        "InvalidParameter.Whitelist" => "Invalid `Whitelist`.",
    }
}
