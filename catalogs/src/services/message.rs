//! `message` error codes, API version 2018-12-25.

tc_errors::tc_errors! {
    /// `message` error codes, API version 2018-12-25.
    #[non_exhaustive]
    pub enum MessageError {
        use common;

        "InternalError" => "Internal error.",
        #[name(InvalidParameter2)]
        "InvalidParameter." => "Parameter error.",
        "InvalidParameter.MsgTypeNotExist" => "Message type does not exist.",
        "InvalidParameter.UserNotExist" => "The user does not exist.",

        version "2018-12-25" {
            ModifySendChannelOnMsgTypes => "InternalError InvalidParameter. InvalidParameter.MsgTypeNotExist InvalidParameter.UserNotExist",
        }
    }
}
