//! Elastic MapReduce (`emr`) error codes, API version 2019-01-03.

tc_errors::tc_errors! {
    /// Elastic MapReduce (`emr`) error codes, API version 2019-01-03.
    #[non_exhaustive]
    pub enum EmrError {
        use common;

        "FailedOperation" => "Operation failed.",
        "InternalError" => "Internal error.",
        "InternalError.Test" => "The alternative spec is sold out.",
        "InvalidParameter" => "Incorrect parameter.",
        "InvalidParameterValue" => "Invalid parameter value.",
        "MissingParameter" => "A parameter is missing.",
        "UnknownParameter" => "Unknown parameter.",
        "UnsupportedOperation" => "Unsupported operation.",
    }
}
