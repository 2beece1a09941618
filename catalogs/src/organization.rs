//! Tencent Cloud Organization (`organization`) error codes, API version 2018-12-25.

tc_errors::tc_errors! {
    /// Tencent Cloud Organization (`organization`) error codes, API version 2018-12-25.
    #[non_exhaustive]
    pub enum OrganizationError {
        use common;

        "FailedOperation.DisableDeleteMemberFromRootNode" => "Members cannot be deleted from the root.",
        "FailedOperation.DisableQuitSelfCreatedOrganization" => "You cannot quit a Tencent Cloud Organization that you created.",
        "FailedOperation.InOrganizationAlready" => "The account is already in this Tencent Cloud Organization.",
        "FailedOperation.MemberNameUsed" => "This name is already in use.",
        "FailedOperation.NodeNotEmpty" => "There are members in this Tencent Cloud organizational unit.",
        "FailedOperation.OrganizationExistAlready" => "The Tencent Cloud Organization already exists.",
        "FailedOperation.OrganizationNotEmpty" => "There are members in this Tencent Cloud Organization.",
        "FailedOperation.ReSentInvitation" => "The invitation has been sent before.",
        "FailedOperation.SomeUinsNotInOrganization" => "Some UINs do not belong to the current organization.",
        "FailedOperation.UserInOrganization" => "The account to be invited is already in a Tencent Cloud Organization.",
        "FailedOperation.UserNotRegister" => "The account that sent the invitation is not a master account.",
        "LimitExceeded.Members" => "Exceeded the maximum number of Tencent Cloud Organization members allowed.",
        "LimitExceeded.NodeDepthExceedLimit" => "There are too many levels within this Tencent Cloud organizational unit.",
        "LimitExceeded.NodeExceedLimit" => "Exceeded the maximum number of Tencent Cloud organizational units allowed.",
        "ResourceInUse.NodeName" => "The organizational unit name is already in use.",
        "ResourceInUse.NodeNameUsed" => "This name is already in use.",
        "ResourceNotFound.InvitationNotExist" => "The invitation does not exist.",
        "ResourceNotFound.MemberNotExist" => "The member does not exist.",
        "ResourceNotFound.NodeNotExist" => "The Tencent Cloud organizational unit does not exist.",
        "ResourceNotFound.OrganizationNotExist" => "The Tencent Cloud Organization does not exist.",
        "ResourceNotFound.UserNotExist" => "The user does not exist.",
    }
}
