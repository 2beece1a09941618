//! `tms` error codes, API versions 2020-07-13 and 2020-12-29.

tc_errors::tc_errors! {
    /// `tms` error codes, API versions 2020-07-13 and 2020-12-29.
    #[non_exhaustive]
    pub enum TmsError {
        use common;

        "InternalError.ErrTextTimeOut" => "Request timeout." / "请求超时。",
        "InternalError.QueryReqLimited" => _ / "查询异常：请求被限流",
        "InvalidParameter.ErrAction" => "Incorrect action." / "错误的action。",
        "InvalidParameter.ErrTextContentLen" => "The text in the request is too long." / "请求的文本长度过长。",
        "InvalidParameter.ErrTextContentType" => "Unsupported text type. The base64-encoded text is required." / "文本类型错误，需要base64的文本。",
        "InvalidParameter.ParameterError",
        "InvalidParameterValue.ErrFileContent" => "Invalid FileContent: Unable to convert Base64-encoded content to the UTF-8 format" / "FileContent不可用，传入的Base64编码无法转换成标准utf8内容。",
        "InvalidParameterValue.ErrTextContentLen" => "The text in the request is too long." / "请求的文本长度超过限制。",
        "InvalidParameterValue.ErrTextContentType" => "The text in the request is in the incorrect format (base64-encoded text is required)." / "请求的文本格式错误（需要base64编码格式的文本）。",
        "InvalidParameterValue.ErrType" => _ / "Type参数值不支持",
        "InvalidParameterValue.InvalidBizType" => _ / "BizType参数错误",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidContentType" => _ / "ContentType参数错误",
        "InvalidParameterValue.InvalidFileName" => _ / "FileName参数错误",
        "InvalidParameterValue.InvalidFileType" => _ / "FileType参数错误",
        "InvalidParameterValue.InvalidFileUrl" => _ / "FileUrl参数错误",
        "InvalidParameterValue.InvalidRequirement" => _ / "Requirement参数错误",
        "InvalidParameterValue.InvalidTaskId" => _ / "TaskId参数错误",
        "InvalidParameterValue.InvalidVerbose" => _ / "Verbose参数错误",
        "InvalidParameterValue.TaskIdNotFound" => _ / "任务ID不存在",
        "RequestLimitExceeded" => "The number of requests has exceeded the frequency limit." / "请求的次数超过了频率限制。",
        "UnauthorizedOperation.Unauthorized" => "Operation not authorized/No valid package/The account is overdue" / "未开通权限/无有效套餐包/账号已欠费。",
        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.InvalidParameterContent" => _ / "参数内容格式错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.InvalidEvilContent" => _ / "EvilContent参数太长。",
        "InvalidParameterValue.InvalidEvilType" => _ / "EvilType取值错误。",
        "InvalidParameterValue.InvalidReportedAccount" => _ / "ReportedAccount参数错误。",
        "InvalidParameterValue.InvalidReportedAccountLength" => _ / "ReportedAccount参数太长。",
        "InvalidParameterValue.InvalidReportedAccountType" => _ / "ReportedAccountType参数错误。",
        "InvalidParameterValue.InvalidSenderAccount" => _ / "SenderAccount参数错误。",
        "InvalidParameterValue.InvalidSenderAccountLength" => _ / "SenderAccount参数太长。",
        "InvalidParameterValue.InvalidSenderAccountType" => _ / "SenderAccountType参数错误。",
        "InvalidParameterValue.InvalidSenderIP" => _ / "SenderIP参数错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2020-07-13" {
            AccountTipoffAccess => "InternalError InvalidParameter.ErrAction InvalidParameter.InvalidParameterContent InvalidParameterValue.InvalidEvilContent InvalidParameterValue.InvalidEvilType InvalidParameterValue.InvalidReportedAccount InvalidParameterValue.InvalidReportedAccountLength InvalidParameterValue.InvalidReportedAccountType InvalidParameterValue.InvalidSenderAccount InvalidParameterValue.InvalidSenderAccountLength InvalidParameterValue.InvalidSenderAccountType InvalidParameterValue.InvalidSenderIP",
            DescribeTextLib => "AuthFailure InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse ResourceNotFound",
            DescribeTextStat => "InternalError InternalError.ErrTextTimeOut InvalidParameter InvalidParameter.ErrTextContentType",
            TextModeration => "InternalError.ErrTextTimeOut InvalidParameter.ErrAction InvalidParameter.ErrTextContentLen InvalidParameter.ErrTextContentType InvalidParameterValue.ErrTextContentType UnauthorizedOperation.Unauthorized",
        }

        version "2020-12-29" {
            CreateFinancialLLMTask => "InternalError.QueryReqLimited InvalidParameterValue.InvalidBizType InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidContentType InvalidParameterValue.InvalidFileName InvalidParameterValue.InvalidFileType InvalidParameterValue.InvalidFileUrl InvalidParameterValue.InvalidRequirement InvalidParameterValue.InvalidVerbose UnauthorizedOperation.Unauthorized",
            GetFinancialLLMTaskResult => "InvalidParameterValue.InvalidTaskId InvalidParameterValue.TaskIdNotFound UnauthorizedOperation.Unauthorized",
            TextModeration => "InternalError.ErrTextTimeOut InternalError.QueryReqLimited InvalidParameter.ErrAction InvalidParameter.ErrTextContentLen InvalidParameter.ErrTextContentType InvalidParameter.ParameterError InvalidParameterValue.ErrFileContent InvalidParameterValue.ErrTextContentLen InvalidParameterValue.ErrTextContentType InvalidParameterValue.ErrType RequestLimitExceeded UnauthorizedOperation.Unauthorized",
        }
    }
}
