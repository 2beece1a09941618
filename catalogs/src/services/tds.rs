//! `tds` error codes, API version 2022-08-01.

tc_errors::tc_errors! {
    /// `tds` error codes, API version 2022-08-01.
    #[non_exhaustive]
    pub enum TdsError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "ResourceInsufficient" => _ / "资源不足。",

        version "2022-08-01" {
            DescribeFinanceFraudUltimate => "FailedOperation ResourceInsufficient",
            DescribeFraudBase => "FailedOperation ResourceInsufficient",
            DescribeFraudPremium => "FailedOperation ResourceInsufficient",
            DescribeFraudUltimate => "FailedOperation ResourceInsufficient",
            DescribeTrustedID => "ResourceInsufficient",
        }
    }
}
