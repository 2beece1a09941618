//! CloudAudit (`cloudaudit`) error codes, API version 2019-03-19.

tc_errors::tc_errors! {
    /// CloudAudit (`cloudaudit`) error codes, API version 2019-03-19.
    #[non_exhaustive]
    pub enum CloudAuditError {
        use common;

        "FailedOperation.CreateBucketFail" => "Failed to create the COS bucket.",
        "InternalError.CmqError" => "An exception occurred during CMQ queue creation, probably because the CMQ queue to be created already exists, or your account has no permission or is in arrears.",
        "InternalError.CreateAuditError" => "Error creating the tracking set. Please submit a ticket.",
        "InternalError.DeleteAuditError" => "Failed to delete the tracking set. Please submit a ticket.",
        "InternalError.DescribeAuditError" => "Error querying tracking set details. Please submit a ticket.",
        "InternalError.InquireAuditCreditError" => "Error querying the maximum number of tracking sets that can be created. Please submit a ticket.",
        "InternalError.ListAuditsError" => "Internal error querying the summary of tracking sets. Please submit a ticket.",
        "InternalError.ListCmqEnableRegionError" => "Internal error. Please submit a ticket.",
        "InternalError.ListCosEnableRegionError" => "Internal error. Please submit a ticket.",
        "InternalError.SearchError" => "Internal error. Please submit a ticket.",
        "InternalError.StartLoggingError" => "Internal error. Please submit a ticket.",
        "InternalError.StopLoggingError" => "Internal error. Please submit a ticket.",
        "InternalError.UpdateAuditError" => "Internal error. Please submit a ticket.",
        "InvalidParameter.Time" => "The parameter must contain the start time and end time and must be an integer timestamp (accurate to the second).",
        "InvalidParameterValue.AuditNameError" => "Tracking set name is non-compliant.",
        "InvalidParameterValue.CmqRegionError" => "CloudAudit currently does not support the entered CMQ region.",
        "InvalidParameterValue.CosNameError" => "The entered COS bucket name is non-compliant.",
        "InvalidParameterValue.CosRegionError" => "CloudAudit currently does not support the entered COS region.",
        "InvalidParameterValue.IsCreateNewBucketError" => "The value of IsCreateNewBucket can be 0 or 1. 0 represents not creating a bucket, while 1 creating a bucket.",
        "InvalidParameterValue.IsCreateNewQueueError" => "The value of IsCreateNewQueue can be 0 or 1. 0 represents not creating a queue, while 1 creating a queue.",
        "InvalidParameterValue.IsEnableCmqNotifyError" => "The value of IsEnableCmqNotify can be 0 or 1. 0 represents not enabling CMQ delivery, while 1 enabling.",
        "InvalidParameterValue.LogFilePrefixError" => "Incorrect log prefix format.",
        "InvalidParameterValue.MaxResult" => "The maximum number of entries returned by one search is 50.",
        "InvalidParameterValue.QueueNameError" => "The entered queue name is non-compliant.",
        "InvalidParameterValue.ReadWriteAttributeError" => "Valid values of the read/write attribute: 1 (read-only), 2 (write-only), 3 (read/write).",
        "InvalidParameterValue.Time" => "The start time cannot be later than the end time.",
        "InvalidParameterValue.attributeKey" => "Valid values of AttributeKey: RequestId, EventName, ReadOnly, Username, ResourceType, ResourceName, AccessKeyId.",
        "LimitExceeded.OverAmount" => "The maximum number of tracking sets is exceeded.",
        "LimitExceeded.OverTime" => "Only entries in the last 7 days can be searched for.",
        "MissingParameter.MissAuditName" => "Tracking set name is missing.",
        "MissingParameter.MissCosBucketName" => "COS bucket parameter is missing.",
        "MissingParameter.MissCosRegion" => "COS region parameter is missing.",
        "MissingParameter.cmq" => "If the value of IsEnableCmqNotify is 1, IsCreateNewQueue, CmqQueueName, and CmqRegion are required.",
        "ResourceInUse.AlreadyExistsSameAudit" => "A tracking set with the same name already exists.",
        "ResourceInUse.AlreadyExistsSameAuditCmqConfig" => "A tracking set with the same CMQ delivery configuration already exists.",
        "ResourceInUse.AlreadyExistsSameAuditCosConfig" => "A tracking set with the same COS delivery configuration already exists.",
        "ResourceInUse.CosBucketExists" => "The COS bucket already exists.",
        "ResourceNotFound.AuditNotExist" => "The tracking set does not exist.",
    }
}
