//! `apis` error codes, API version 2024-08-01.

tc_errors::tc_errors! {
    /// `apis` error codes, API version 2024-08-01.
    #[non_exhaustive]
    pub enum ApisError {
        use common;

        version "2024-08-01" {
            CreateAgentApp => "",
            CreateAgentAppMcpServers => "",
            CreateAgentAppModelServices => "",
            CreateAgentAppServices => "",
            CreateAgentCredential => "",
            CreateMcpServer => "",
            CreateModel => "",
            CreateModelService => "",
            CreateService => "",
            DeleteAgentApp => "",
            DeleteAgentAppMcpServers => "",
            DeleteAgentAppModelServices => "",
            DeleteAgentAppServices => "",
            DeleteAgentCredential => "",
            DeleteMcpServer => "",
            DeleteModel => "",
            DeleteModelService => "",
            DeleteService => "",
            DescribeAgentApp => "",
            DescribeAgentAppMcpServers => "",
            DescribeAgentAppModelServices => "",
            DescribeAgentAppServices => "",
            DescribeAgentApps => "",
            DescribeAgentCredential => "",
            DescribeAgentCredentials => "",
            DescribeMcpServer => "",
            DescribeMcpServers => "",
            DescribeModel => "",
            DescribeModelService => "",
            DescribeModelServices => "",
            DescribeModels => "",
            DescribeService => "",
            DescribeServices => "",
            ModifyAgentApp => "",
            ModifyAgentAppModelServices => "",
            ModifyAgentCredential => "",
            ModifyMcpServer => "",
            ModifyModel => "",
            ModifyModelService => "",
            ModifyService => "",
        }
    }
}
