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
    }
}
