//! `partners` error codes, API version 2018-03-21.

tc_errors::tc_errors! {
    /// `partners` error codes, API version 2018-03-21.
    #[non_exhaustive]
    pub enum PartnersError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2018-03-21" {
            AgentPayDeals => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            AgentTransferMoney => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            AssignClientsToSales => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            AuditApplyClient => "FailedOperation InternalError InvalidParameter",
            CreatePayRelationForClient => "FailedOperation",
            DescribeAgentAuditedClients => "InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentBills => "InternalError InvalidParameter",
            DescribeAgentClientGrade => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentClients => "InternalError InvalidParameter",
            DescribeAgentDealsByCache => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentDealsPriceDetailByDealName => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentPayDealsV2 => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentRelateBigDealIds => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeAgentSelfPayDealsV2 => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeClientBalanceNew => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeClientJoinIncreaseList => "InternalError InvalidParameter UnauthorizedOperation",
            DescribeClientSwitchTraTaskInfo => "InternalError InvalidParameter UnauthorizedOperation",
            DescribeRebateInfos => "FailedOperation InternalError InvalidParameter",
            DescribeRebateInfosNew => "InternalError InvalidParameter",
            DescribeSalesmans => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            DescribeUnbindClientList => "FailedOperation InternalError InvalidParameter UnauthorizedOperation",
            ModifyClientRemark => "InternalError InvalidParameter",
            RemovePayRelationForClient => "FailedOperation",
        }
    }
}
