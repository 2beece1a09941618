//! `dms` error codes, API version 2020-08-19.

tc_errors::tc_errors! {
    /// `dms` error codes, API version 2020-08-19.
    #[non_exhaustive]
    pub enum DmsError {
        use common;

        "InternalError.InternalCOSError" => "COS exception.",
        "InternalError.InternalDBError" => "Database service exception.",
        "InternalError.InternalEncryptError" => "Encryption service exception.",
        "InvalidParameter.InvalidFromNameMalformed" => "Format of the sender name is incorrect.",
        "InvalidParameter.InvalidHtmlContentMalformed" => "Format of the HTML email body is incorrect.",
        "InvalidParameter.InvalidMailAddressNameMalformed" => "Format of the email address is incorrect.",
        "InvalidParameter.InvalidMailContentMalformed" => "Format of the email body is incorrect.",
        "InvalidParameter.InvalidReceiverNameMalformed" => "Format of the recipient address is incorrect.",
        "InvalidParameter.InvalidSubjectMalformed" => "Format of the summary is incorrect.",
        "InvalidParameter.InvalidTaskNameMalformed" => "Format of the email task name is incorrect.",
        "InvalidParameter.InvalidTemplateContentMalformed" => "Format of the email body set in the template is incorrect.",
        "InvalidParameter.InvalidTemplateNameMalformed" => "Format of the template name is incorrect.",
        "InvalidParameter.InvalidTemplateValueMalformed" => "Format of the template variable values is incorrect.",
        "InvalidParameter.InvalidTextContentMalformed" => "Format of the plain-text email body is incorrect.",
        "ResourceInUse.InvalidTaskNameDuplicate" => "The email task name already exists.",
        "ResourceNotFound.InvalidMailAddressNotFound" => "The email address does not exist.",
        "ResourceNotFound.InvalidReceiverNotFound" => "The recipient address does not exist.",
        "ResourceNotFound.InvalidReplyNotFound" => "The reply-to address does not exist.",
        "ResourceNotFound.InvalidTaskNameNotFound" => "The email task does not exist.",
        "ResourceNotFound.InvalidTemplateNotFound" => "The template does not exist.",

        version "2020-08-19" {
            SendEmail => "InternalError.InternalCOSError InternalError.InternalDBError InternalError.InternalEncryptError InvalidParameter.InvalidFromNameMalformed InvalidParameter.InvalidHtmlContentMalformed InvalidParameter.InvalidMailAddressNameMalformed InvalidParameter.InvalidMailContentMalformed InvalidParameter.InvalidReceiverNameMalformed InvalidParameter.InvalidSubjectMalformed InvalidParameter.InvalidTaskNameMalformed InvalidParameter.InvalidTextContentMalformed ResourceInUse.InvalidTaskNameDuplicate ResourceNotFound.InvalidMailAddressNotFound ResourceNotFound.InvalidReceiverNotFound ResourceNotFound.InvalidReplyNotFound ResourceNotFound.InvalidTaskNameNotFound",
            SendTemplatedEmail => "InternalError.InternalCOSError InternalError.InternalDBError InternalError.InternalEncryptError InvalidParameter.InvalidFromNameMalformed InvalidParameter.InvalidHtmlContentMalformed InvalidParameter.InvalidMailAddressNameMalformed InvalidParameter.InvalidMailContentMalformed InvalidParameter.InvalidReceiverNameMalformed InvalidParameter.InvalidSubjectMalformed InvalidParameter.InvalidTaskNameMalformed InvalidParameter.InvalidTemplateContentMalformed InvalidParameter.InvalidTemplateNameMalformed InvalidParameter.InvalidTemplateValueMalformed InvalidParameter.InvalidTextContentMalformed ResourceInUse.InvalidTaskNameDuplicate ResourceNotFound.InvalidMailAddressNotFound ResourceNotFound.InvalidReceiverNotFound ResourceNotFound.InvalidReplyNotFound ResourceNotFound.InvalidTaskNameNotFound ResourceNotFound.InvalidTemplateNotFound",
        }
    }
}
