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

        version "2020-08-28" {
            CreateStreamLinkFlow => "InternalError InvalidParameter InvalidParameter.ExceededQuantityLimit InvalidParameter.Input InvalidParameter.MaxBandwidth InvalidParameter.Name",
            CreateStreamLinkInput => "InternalError InvalidParameter InvalidParameter.ExceededQuantityLimit InvalidParameter.Input InvalidParameter.MaxBandwidth InvalidParameter.Name",
            CreateStreamLinkOutputInfo => "InternalError InvalidParameter.ExceededQuantityLimit InvalidParameter.Id InvalidParameter.Name InvalidParameter.Output InvalidParameter.Protocol InvalidParameter.State",
            DeleteStreamLinkFlow => "InvalidParameter.Id InvalidParameter.State",
            DeleteStreamLinkOutput => "InternalError InvalidParameter.Id InvalidParameter.NotFound InvalidParameter.State",
            DescribeStreamLinkFlow => "InternalError InvalidParameter.Id",
            DescribeStreamLinkFlowLogs => "InternalError InvalidParameter.EndTime InvalidParameter.Id InvalidParameter.NotFound InvalidParameter.PageNum InvalidParameter.PageSize InvalidParameter.Pipeline InvalidParameter.SortType InvalidParameter.StartTime InvalidParameter.Type",
            DescribeStreamLinkFlowMediaStatistics => "InternalError InvalidParameter.EndTime InvalidParameter.Id InvalidParameter.InputOutputId InvalidParameter.NotFound InvalidParameter.Period InvalidParameter.Pipeline InvalidParameter.StartTime InvalidParameter.Type",
            DescribeStreamLinkFlowRealtimeStatus => "InternalError InvalidParameter.Id InvalidParameter.NotFound",
            DescribeStreamLinkFlowSRTStatistics => "InternalError InvalidParameter.EndTime InvalidParameter.Id InvalidParameter.InputOutputId InvalidParameter.NotFound InvalidParameter.Period InvalidParameter.Pipeline InvalidParameter.StartTime InvalidParameter.Type",
            DescribeStreamLinkFlowStatistics => "InternalError InvalidParameter.EndTime InvalidParameter.Id InvalidParameter.InputOutputId InvalidParameter.NotFound InvalidParameter.Period InvalidParameter.Pipeline InvalidParameter.StartTime InvalidParameter.Type",
            DescribeStreamLinkFlows => "InternalError InvalidParameter.Id InvalidParameter.PageNum InvalidParameter.PageSize",
            DescribeStreamLinkRegions => "InternalError",
            ModifyStreamLinkFlow => "InternalError InvalidParameter.Id InvalidParameter.Name InvalidParameter.State",
            ModifyStreamLinkInput => "InternalError InvalidParameter.Id InvalidParameter.Input InvalidParameter.Protocol InvalidParameter.State",
            ModifyStreamLinkOutputInfo => "InternalError InvalidParameter.Id InvalidParameter.Output InvalidParameter.OutputId InvalidParameter.Protocol InvalidParameter.State",
            StartStreamLinkFlow => "InternalError InvalidParameter.Id InvalidParameter.OutputGroups InvalidParameter.State",
            StopStreamLinkFlow => "InternalError InvalidParameter.Id InvalidParameter.State",
        }
    }
}
