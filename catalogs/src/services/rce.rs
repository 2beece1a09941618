//! `rce` error codes, API versions 2020-11-03, 2025-04-25 and 2026-01-30.

tc_errors::tc_errors! {
    /// `rce` error codes, API versions 2020-11-03, 2025-04-25 and 2026-01-30.
    #[non_exhaustive]
    pub enum RceError {
        use common;

        "InternalError.SystemException" => "System exception." / "系统异常。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.FieldMissed" => _ / "必填字段缺失。",
        "InvalidParameter.InvalidFormat" => "Invalid field format." / "字段格式错误。",
        "InvalidParameter.InvalidValue" => "Invalid field value." / "字段非法取值。",
        "InvalidParameter.LengthExceed" => "Field length exceeds the maximum limit." / "字段长度超过最大限制。",
        "InvalidParameterValue.DataUnauthorized" => _ / "数据未授权，请检查数据授权信息。",
        "InvalidParameterValue.DuplicatedKey" => _ / "自定义参数Key不允许重复。",
        "InvalidParameterValue.EventNotExist" => "Event not exist." / "事件不存在。",
        "InvalidParameterValue.InvalidEventTime" => _ / "EventTime与当前系统时间相差过大",
        "InvalidParameterValue.TenantNotExist" => "Tenant not exist." / "租户不存在。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "MissingParameter.FieldMissed" => "Missing required field." / "缺少参数错误，必传参数未填。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "AuthFailure" => "CAM signature/authentication error.",
        "AuthFailure.CapSigError" => "Captcha signature error.",
        "AuthFailure.Expired" => "Request expired.",
        "DryRunOperation" => "DryRun operation means the request will be successful, but the DryRun parameter is passed.",
        "FailedOperation" => "Operation failed.",
        "InternalError" => "Internal error.",
        "InternalError.BackendLogicError" => "Business system logic error.",
        "InternalError.ConnectDBTimeout" => "Connection to the database timed out.",
        "InternalError.SignBackendError" => "Sign backend error.",
        "InvalidParameter.CapSigError" => "Captcha signature error.",
        "InvalidParameter.ParamError" => "Parameter error.",
        "InvalidParameter.UrlError" => "URL error.",
        "InvalidParameter.VersionError" => "Version error.",
        "InvalidParameterValue" => "Parameter value error.",
        "InvalidParameterValue.BadBody" => "BadBody。",
        "InvalidParameterValue.BodyTooLarge" => "The request packet is too large.",
        "InvalidParameterValue.CapMisMatch" => "Captcha mismatch.",
        "InvalidParameterValue.HttpMethodError" => "HTTP method error.",
        "InvalidParameterValue.InvalidDate" => "Date value error.",
        "InvalidParameterValue.InvalidLimit" => "Incorrect PageLimit value.",
        "InvalidParameterValue.InvalidNum" => "PageNum value error.",
        "InvalidParameterValue.InvalidSrvId" => "SrvId value error.",
        "InvalidParameterValue.InvalidStride" => "Stride value error.",
        "LimitExceeded" => "The quota limit is exceeded.",
        "LimitExceeded.FreqCnt" => "Quota exceeded.",
        "LimitExceeded.IpFreqCnt" => "Quota exceeded (user IP address).",
        "LimitExceeded.KeyFreqCnt" => "Restricted keyword frequency control.",
        "LimitExceeded.ReplayAttack" => "Replay attack.",
        "OperationDenied" => "Operation denied.",
        "RequestLimitExceeded" => "Too many and frequent requests.",
        "ResourceInUse" => "The resource is occupied.",
        "ResourceInsufficient" => "Insufficient resources.",
        "ResourceNotFound" => "The resource does not exist.",
        "ResourceNotFound.InterfaceNotFound" => "The API does not exist.",
        "ResourceUnavailable" => "Resources are unavailable.",
        "ResourceUnavailable.PermissionDenied" => "Service permission not activated.",
        "ResourcesSoldOut" => "Resources are sold out.",
        "UnauthorizedOperation.AuthFailed" => "Authentication failed.",
        "UnknownParameter" => "Unknown parameter error.",
        "UnknownParameter.SecretIdNotExists" => "The key does not exist.",
        "UnsupportedOperation" => "The operation is not supported.",

        version "2020-11-03" {
            CreateNameList => "",
            DeleteNameList => "",
            DeleteNameListData => "",
            DescribeNameList => "",
            DescribeNameListDataList => "",
            DescribeNameListDetail => "",
            DescribeRiskAssessment => "AuthFailure AuthFailure.CapSigError AuthFailure.Expired DryRunOperation FailedOperation InternalError InternalError.BackendLogicError InternalError.ConnectDBTimeout InternalError.SignBackendError InvalidParameter InvalidParameter.CapSigError InvalidParameter.ParamError InvalidParameter.UrlError InvalidParameter.VersionError InvalidParameterValue InvalidParameterValue.BadBody InvalidParameterValue.BodyTooLarge InvalidParameterValue.CapMisMatch InvalidParameterValue.HttpMethodError InvalidParameterValue.InvalidDate InvalidParameterValue.InvalidLimit InvalidParameterValue.InvalidNum InvalidParameterValue.InvalidSrvId InvalidParameterValue.InvalidStride LimitExceeded LimitExceeded.FreqCnt LimitExceeded.IpFreqCnt LimitExceeded.KeyFreqCnt LimitExceeded.ReplayAttack MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceNotFound.InterfaceNotFound ResourceUnavailable ResourceUnavailable.PermissionDenied ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.AuthFailed UnknownParameter UnknownParameter.SecretIdNotExists UnsupportedOperation",
            DescribeUserUsageCnt => "",
            ImportNameListData => "",
            ManageMarketingRisk => "",
            ModifyNameList => "",
            ModifyNameListData => "",
        }

        version "2025-04-25" {
            ManageIPPortraitRisk => "",
        }

        version "2026-01-30" {
            AssessDeviceRiskPremiumPro => "InternalError.SystemException InvalidParameter InvalidParameter.InvalidFormat InvalidParameter.InvalidValue InvalidParameter.LengthExceed InvalidParameterValue.EventNotExist InvalidParameterValue.TenantNotExist MissingParameter MissingParameter.FieldMissed UnauthorizedOperation",
            AssessDeviceRiskPro => "InternalError.SystemException InvalidParameter InvalidParameter.InvalidFormat InvalidParameter.InvalidValue InvalidParameter.LengthExceed InvalidParameterValue.EventNotExist InvalidParameterValue.TenantNotExist MissingParameter MissingParameter.FieldMissed UnauthorizedOperation",
            AssessEnvironmentRisk => "InternalError.SystemException InvalidParameter InvalidParameter.InvalidFormat InvalidParameter.InvalidValue InvalidParameter.LengthExceed InvalidParameterValue.EventNotExist InvalidParameterValue.TenantNotExist MissingParameter MissingParameter.FieldMissed UnauthorizedOperation",
            AssessRisk => "InternalError.SystemException InvalidParameter InvalidParameter.FieldMissed InvalidParameter.InvalidFormat InvalidParameter.InvalidValue InvalidParameter.LengthExceed InvalidParameterValue.DataUnauthorized InvalidParameterValue.DuplicatedKey InvalidParameterValue.EventNotExist InvalidParameterValue.InvalidEventTime InvalidParameterValue.TenantNotExist MissingParameter MissingParameter.FieldMissed UnauthorizedOperation",
            ReportEvent => "InternalError.SystemException InvalidParameter InvalidParameter.FieldMissed InvalidParameter.InvalidFormat InvalidParameter.InvalidValue InvalidParameter.LengthExceed InvalidParameterValue.DataUnauthorized InvalidParameterValue.DuplicatedKey InvalidParameterValue.EventNotExist InvalidParameterValue.InvalidEventTime InvalidParameterValue.TenantNotExist MissingParameter MissingParameter.FieldMissed UnauthorizedOperation",
        }
    }
}
