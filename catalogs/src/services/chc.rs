//! `chc` error codes, API version 2023-04-18.

tc_errors::tc_errors! {
    /// `chc` error codes, API version 2023-04-18.
    #[non_exhaustive]
    pub enum ChcError {
        use common;

        "InvalidParameterValue.EndTimeLowerThanStartTime" => _ / "结束时间必须大于起始时间",
        "InvalidParameterValue.InvalidExtraParameterCombination" => _ / "物资放行/ 退出交接工单，传入的额外参数不匹配",
        "InvalidParameterValue.InvalidParameterCombination" => _ / "非法的参数组合",
        "InvalidParameterValue.InvalidTimeFormat" => _ / "时间格式不符合规范",
        "InvalidParameterValue.InvalidWorkOrderType" => _ / "非法的工单类型",

        version "2023-04-18" {
            ConfirmCommonServiceWorkOrder => "",
            CreateCommonServiceWorkOrder => "",
            CreateModelEvaluationWorkOrder => "",
            CreateMovingWorkOrder => "",
            CreateNetDeviceModel => "",
            CreatePersonnelVisitWorkOrder => "",
            CreatePowerOffWorkOrder => "",
            CreatePowerOnWorkOrder => "",
            CreateQuitWorkOrder => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            CreateRackOffWorkOrder => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            CreateRackOnWorkOrder => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            CreateReceivingWorkOrder => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            CreateServerModel => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            CreateSpeciallyQuitWorkOrder => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeAvailableModelList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeCampusList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeCommonServiceWorkOrderDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeCustomerInfo => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeDeviceList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeDeviceWorkOrderDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeIdcUnitAssetDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeIdcUnitDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeIdcs => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeModel => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeModelEvaluationWorkOrderDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeModelTemplate => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeModelVersionList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribePersonnelVisitWorkOrderDetail => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribePositionStatusSummary => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribePositions => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeRacks => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeRacksDistribution => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeResourceUsage => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderCarCollectList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderContactCollectList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderPersonnelCollectList => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderStatistics => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            DescribeWorkOrderTypes => "InvalidParameterValue.InvalidExtraParameterCombination InvalidParameterValue.InvalidParameterCombination",
            ExportCustomerWorkOrderDetail => "InvalidParameterValue.EndTimeLowerThanStartTime InvalidParameterValue.InvalidTimeFormat InvalidParameterValue.InvalidWorkOrderType",
            ModifyWorkOrderTypeCollectFlag => "InvalidParameterValue.EndTimeLowerThanStartTime InvalidParameterValue.InvalidTimeFormat InvalidParameterValue.InvalidWorkOrderType",
        }
    }
}
