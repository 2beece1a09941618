//! `lowcode` error codes, API version 2021-01-08.

tc_errors::tc_errors! {
    /// `lowcode` error codes, API version 2021-01-08.
    #[non_exhaustive]
    pub enum LowcodeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DocParsingNotDelete" => _ / "文档正在解析中不允许删除",
        "FailedOperation.FlexdbResourceOverdue" => _ / "数据库资源到期或者超过套餐包限制。",
        "FailedOperation.LowcodeUserNotExist" => _ / "低码用户不存在。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2021-01-08" {
            CheckDeployApp => "FailedOperation InternalError InvalidParameter InvalidParameterValue",
            CreateKnowledgeSet => "InvalidParameter",
            DeleteAppBindWxApp => "FailedOperation InternalError",
            DeleteKnowledgeDocumentSet => "FailedOperation.DocParsingNotDelete InvalidParameter",
            DeleteKnowledgeSet => "InvalidParameter",
            DeployApp => "FailedOperation InternalError InvalidParameter InvalidParameterValue",
            DescribeApps => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            DescribeDataSourceList => "AuthFailure FailedOperation FailedOperation.LowcodeUserNotExist InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeKnowledgeDocumentSetDetail => "InvalidParameter",
            DescribeKnowledgeDocumentSetList => "InvalidParameter",
            DescribeKnowledgeSetList => "InvalidParameter",
            DescribeRelatedUsers => "AuthFailure FailedOperation FailedOperation.FlexdbResourceOverdue InternalError ResourceNotFound",
            DescribeResourceRoleList => "AuthFailure FailedOperation",
            PutWxAppIdToWeApp => "AuthFailure FailedOperation",
            SearchDocList => "AuthFailure FailedOperation",
            UpdateKnowledgeSet => "InvalidParameter",
            UploadKnowledgeDocumentSet => "InvalidParameter",
        }
    }
}
