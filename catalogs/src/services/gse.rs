//! `gse` error codes, API version 2019-11-12.

tc_errors::tc_errors! {
    /// `gse` error codes, API version 2019-11-12.
    #[non_exhaustive]
    pub enum GseError {
        use common;

        "AuthFailure" => "CAM signature/authentication error",
        "AuthFailure.UnauthorizedOperation" => "The resource is unauthorized.",
        "FailedOperation" => "Operation failed.",
        "InternalError" => "An internal error occurred.",
        "InvalidParameter" => "Incorrect parameter.",
        "InvalidParameterValue" => "Incorrect parameter value.",
        "LimitExceeded" => "The quota limit is exceeded.",
        "LimitExceeded.FleetLimitExceeded" => "The number of server fleets exceeds the upper limit.",
        "LimitExceeded.InstanceLimitExceeded" => "The number of servers exceeds the upper limit.",
        "MissingParameter" => "Missing parameter.",
        "OperationDenied" => "Operation denied",
        "RequestLimitExceeded" => "Request exceeds the frequency limit.",
        "ResourceInUse" => "The resource is in use.",
        "ResourceInsufficient" => "Insufficient resource.",
        "ResourceNotFound" => "The resource does not exist.",
        "ResourceUnavailable" => "The resource is unavailable.",
        "UnauthorizedOperation" => "The operation is unauthorized.",
        "UnauthorizedOperation.ServiceNotOpened" => "The service is not activated.",
        "UnknownParameter" => "Unknown parameter error",
        "UnsupportedOperation" => "Unsupported operation.",
    }
}
