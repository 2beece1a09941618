//! `cloudhsm` error codes, API version 2019-11-12.

tc_errors::tc_errors! {
    /// `cloudhsm` error codes, API version 2019-11-12.
    #[non_exhaustive]
    pub enum CloudhsmError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2019-11-12" {
            DescribeHSMBySubnetId => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeHSMByVpcId => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeSubnet => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeSupportedHsm => "AuthFailure InternalError InvalidParameter",
            DescribeUsg => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeUsgRule => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeVpc => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeVsmAttributes => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            DescribeVsms => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            GetAlarmEvent => "AuthFailure InternalError InvalidParameterValue",
            GetVsmMonitorInfo => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            InquiryPriceBuyVsm => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
            ModifyAlarmEvent => "AuthFailure InternalError InvalidParameterValue",
            ModifyVsmAttributes => "InternalError InvalidParameter ResourceNotFound UnauthorizedOperation",
        }
    }
}
