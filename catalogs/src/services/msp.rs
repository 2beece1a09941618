//! `msp` error codes, API version 2018-03-19.

tc_errors::tc_errors! {
    /// `msp` error codes, API version 2018-03-19.
    #[non_exhaustive]
    pub enum MspError {
        use common;

        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",

        version "2018-03-19" {
            DeregisterMigrationTask => "InvalidParameterValue ResourceUnavailable",
            DescribeMigrationTask => "InvalidParameterValue",
            ListMigrationProject => "InvalidParameterValue",
            ListMigrationTask => "InvalidParameterValue",
            ModifyMigrationTaskBelongToProject => "InvalidParameterValue ResourceUnavailable",
            ModifyMigrationTaskStatus => "InvalidParameterValue",
            RegisterMigrationTask => "InvalidParameterValue ResourceUnavailable",
        }
    }
}
