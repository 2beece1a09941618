//! `billing` error codes, API version 2018-07-09.

tc_errors::tc_errors! {
    /// `billing` error codes, API version 2018-07-09.
    #[non_exhaustive]
    pub enum BillingError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "No permission." / "没有权限。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.AgentPayDealCannotDown" => "The proxy payment device cannot be downgraded." / "代理支付设备不能降配。",
        "FailedOperation.BalanceInsufficient" => "The account balance is insufficient." / "账户余额不足。",
        "FailedOperation.BusinessCheckErrCode" => "Business side validation failed error code." / "业务侧校验不通过错误码。",
        "FailedOperation.DistributeError" => "Distribution scenario restricted error." / "经销场景限制错误",
        "FailedOperation.GetPriceParamError" => "Since parameter issue, result in price inquiry failure." / "由于传参数问题，导致询价失败",
        "FailedOperation.InvalidAppId" => "Invalid App ID." / "appId不符。",
        "FailedOperation.InvalidDeal" => "Order status error. Only unpaid orders support payment." / "订单状态错误，只有未支付订单才能支付。",
        "FailedOperation.InvalidGoodsCategoryId" => "Order type ID is invalid. repurchase." / "订单类型ID无效，请重新购买。",
        "FailedOperation.InvalidVoucher" => "Vouchers are not available." / "代金券不可用。",
        "FailedOperation.NeedPayTogeter" => "Orders purchased together must be paid simultaneously." / "一起购买的订单必须同时支付。",
        "FailedOperation.NeedPayTogether" => "Package orders must be purchased together." / "套餐订单需一起购买。",
        "FailedOperation.NotAllowToRefund" => _ / "不允许进行退款。",
        "FailedOperation.NumLimitError" => "The quantity exceeds the maximum limit." / "数量超过最大限制。",
        "FailedOperation.PayPriceError" => "Payment failed. Please contact Tencent Cloud to resolve this issue." / "支付失败，请联系腾讯云工作人员处理。",
        "FailedOperation.PaySuccDeliverFailed" => "Payment succeeded but shipment failed. Please contact the cloud platform staff for handling." / "支付成功但发货失败，请联系腾讯云工作人员处理。",
        "FailedOperation.QueryCountFailed" => "Failed to get the number of data entries." / "获取数据条数失败。",
        "FailedOperation.QueryDBFailed" => _ / "查询数据失败",
        "FailedOperation.ReturnCommonError" => _ / "退款通用错误。",
        #[kind(Transient)]
        "FailedOperation.SummaryDataNotReady" => "Summary is being built. Please try again later." / "汇总数据正在构建中，请稍后再试。",
        "FailedOperation.TagKeyNotExist" => "This cost allocation tag key does not exist." / "不存在该分账标签键。",
        "FailedOperation.dealCreateWhitelistError" => "Order placement allowlist interception." / "用户下单白名单拦截",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.DbOperatError" => "Database operation failed." / "数据库操作失败。",
        "InternalError.GatewayError" => "Gateway error." / "网关错误。",
        "InternalError.InternalError" => "Internal system error." / "系统内部错误",
        "InternalError.UnknownError" => "Undefined exception." / "未定义异常。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.ApiParamError" => "Parameter error." / "参数错误",
        "InvalidParameter.InvalidParameter" => "Parameter error." / "参数错误",
        "InvalidParameter.ParamCheckFailed" => _ / "参数校验出错",
        "InvalidParameter.ResourceLocked" => "The resource is locked." / "资源被锁定。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "MissingParameter" => "Parameters are missing" / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "UnauthorizedOperation.CamNoAuth" => "The account does not have CAM permission." / "账号没有cam授权。",
        "UnauthorizedOperation.CertificationNeedUpgrade" => "Due to account security upgrade, purchase cloud resources requires complete real-name information." / "因账号安全升级，购买云资源需完善您的实名信息。",
        "UnauthorizedOperation.NotCertification" => "The account has not been real-name authenticated, and payment failed." / "账号没有实名认证，支付失败。",
        "UnsupportedOperation" => "Operation unsupported." / "操作不支持。",
        "UnsupportedOperation.NOT_SUPPORT_THIS_ACTION" => "This act is not currently supported." / "暂不支持该行为",
    }
}
