//! `tia` error codes, API version 2018-02-26.

tc_errors::tc_errors! {
    /// `tia` error codes, API version 2018-02-26.
    #[non_exhaustive]
    pub enum TiaError {
        use common;

        "FailedOperation.AlreadyExists" => _ / "资源已存在。",
        "FailedOperation.TimeOut" => _ / "操作超时。",
        "InternalError" => _ / "内部错误。",
        "InternalError.System" => _ / "内部系统错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.Code" => _ / "Code传入错误。",
        "InvalidParameterValue.Description" => _ / "Description传入错误。",
        "InvalidParameterValue.Environment" => _ / "Environment传入错误。",
        "InvalidParameterValue.FunctionName" => _ / "函数不存在。",
        "InvalidParameterValue.Handler" => _ / "Handler传入错误。",
        "InvalidParameterValue.Order" => _ / "Order传入错误。",
        "InvalidParameterValue.Orderby" => _ / "Orderby传入错误。",
        "InvalidParameterValue.Runtime" => _ / "Runtime传入错误。",
        "LimitExceeded.Function" => _ / "函数数量超出最大限制。",
        "LimitExceeded.Memory" => _ / "内存超出最大限制。",
        "LimitExceeded.Timeout" => _ / "Timeout超出最大限制。",
        "MissingParameter.Code" => _ / "Code没有传入。",
        "ResourceInUse.FunctionName" => _ / "FunctionName已存在。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.FunctionName" => _ / "函数不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.CAM" => _ / "CAM鉴权失败。",
        "UnauthorizedOperation.Region" => _ / "Region错误。",
        "UnsupportedOperation.UnsupportedVersion" => _ / "集群版本过低。",

        version "2018-02-26" {
            CreateJob => "FailedOperation.AlreadyExists FailedOperation.TimeOut InternalError InvalidParameter ResourceUnavailable UnauthorizedOperation UnsupportedOperation.UnsupportedVersion",
            CreateModel => "FailedOperation.AlreadyExists FailedOperation.TimeOut InternalError InternalError.System InvalidParameter InvalidParameterValue InvalidParameterValue.Code InvalidParameterValue.Description InvalidParameterValue.Environment InvalidParameterValue.FunctionName InvalidParameterValue.Handler InvalidParameterValue.Runtime LimitExceeded.Function LimitExceeded.Memory LimitExceeded.Timeout MissingParameter.Code ResourceInUse.FunctionName UnauthorizedOperation UnauthorizedOperation.CAM UnauthorizedOperation.Region UnsupportedOperation.UnsupportedVersion",
            DeleteJob => "InternalError InvalidParameter ResourceNotFound",
            DeleteModel => "FailedOperation.TimeOut InternalError InternalError.System InvalidParameter InvalidParameterValue ResourceNotFound ResourceNotFound.FunctionName UnauthorizedOperation UnauthorizedOperation.CAM UnsupportedOperation.UnsupportedVersion",
            DescribeJob => "FailedOperation.TimeOut InternalError InvalidParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation.UnsupportedVersion",
            DescribeModel => "InternalError InternalError.System InvalidParameter InvalidParameterValue ResourceNotFound ResourceNotFound.FunctionName UnauthorizedOperation UnauthorizedOperation.CAM",
            InstallAgent => "FailedOperation.AlreadyExists InternalError InvalidParameter UnauthorizedOperation UnsupportedOperation.UnsupportedVersion",
            ListJobs => "FailedOperation.TimeOut InternalError InvalidParameter ResourceNotFound UnauthorizedOperation UnsupportedOperation.UnsupportedVersion",
            ListModels => "FailedOperation.TimeOut InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.Order InvalidParameterValue.Orderby ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.CAM UnauthorizedOperation.Region UnsupportedOperation.UnsupportedVersion",
            QueryLogs => "FailedOperation.TimeOut InternalError InvalidParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation.UnsupportedVersion",
        }
    }
}
