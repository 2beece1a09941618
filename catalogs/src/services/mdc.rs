//! `mdc` error codes, API version 2020-08-28.

tc_errors::tc_errors! {
    /// `mdc` error codes, API version 2020-08-28.
    #[non_exhaustive]
    pub enum MdcError {
        use common;

        "InternalError" => "Internal error.",
        "InvalidParameter" => "Invalid parameter.",
        "InvalidParameter.EndTime" => "Invalid `EndTime`.",
        "InvalidParameter.ExceededQuantityLimit" => "The quantity exceeds the limit.",
        "InvalidParameter.Id" => "Invalid ID.",
        "InvalidParameter.Input" => "Invalid input.",
        "InvalidParameter.InputOutputId" => "Invalid `InputOutputId`.",
        "InvalidParameter.MaxBandwidth" => "Invalid maximum bandwidth value.",
        "InvalidParameter.Name" => "Invalid `Name`.",
        "InvalidParameter.NotFound" => "No information found.",
        "InvalidParameter.Output" => "Invalid `Output`.",
        "InvalidParameter.OutputGroups" => "Invalid `OutputGroups` value",
        "InvalidParameter.OutputId" => "Invalid `OutputId`.",
        "InvalidParameter.PageNum" => "Invalid `PageNum`.",
        "InvalidParameter.PageSize" => "Invalid `PageSize`.",
        "InvalidParameter.Period" => "Invalid `Period`.",
        "InvalidParameter.Pipeline" => "Invalid `Pipeline`.",
        "InvalidParameter.Protocol" => "Invalid `Protocol`.",
        "InvalidParameter.SortType" => "Invalid `SortType`.",
        "InvalidParameter.StartTime" => "Invalid `StartTime`.",
        "InvalidParameter.State" => "Unexpected status.",
        "InvalidParameter.Type" => "Invalid `Type`.",
    }
}
