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

        version "2019-11-12" {
            CopyFleet => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded LimitExceeded.FleetLimitExceeded LimitExceeded.InstanceLimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            CreateGameServerSession => "FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DeleteTimerScalingPolicy => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DescribeGameServerSessionDetails => "FailedOperation InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DescribeGameServerSessionPlacement => "FailedOperation ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DescribeGameServerSessions => "FailedOperation InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DescribeInstanceTypes => "FailedOperation ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            DescribePlayerSessions => "FailedOperation InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            DescribeTimerScalingPolicies => "AuthFailure.UnauthorizedOperation FailedOperation InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            EndGameServerSessionAndProcess => "FailedOperation InvalidParameter InvalidParameterValue MissingParameter",
            GetGameServerSessionLogUrl => "FailedOperation InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            GetInstanceAccess => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            JoinGameServerSession => "FailedOperation InvalidParameter InvalidParameterValue MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            JoinGameServerSessionBatch => "FailedOperation InvalidParameter InvalidParameterValue ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            PutTimerScalingPolicy => "FailedOperation InvalidParameter InvalidParameterValue LimitExceeded.InstanceLimitExceeded MissingParameter ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            SearchGameServerSessions => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnsupportedOperation",
            SetServerReserved => "AuthFailure.UnauthorizedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened UnknownParameter",
            StartGameServerSessionPlacement => "FailedOperation InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            StopGameServerSessionPlacement => "FailedOperation ResourceNotFound UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
            UpdateBucketAccelerateOpt => "FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation",
            UpdateBucketCORSOpt => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied UnauthorizedOperation.ServiceNotOpened",
            UpdateGameServerSession => "FailedOperation InvalidParameterValue ResourceNotFound ResourceUnavailable UnauthorizedOperation UnauthorizedOperation.ServiceNotOpened",
        }
    }
}
