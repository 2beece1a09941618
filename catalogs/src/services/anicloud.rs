//! `anicloud` error codes, API version 2022-09-23.

tc_errors::tc_errors! {
    /// `anicloud` error codes, API version 2022-09-23.
    #[non_exhaustive]
    pub enum AnicloudError {
        use common;

        "InvalidParameter" => _ / "参数错误。",

        version "2022-09-23" {
            CheckAppidExist => "",
            QueryResource => "InvalidParameter",
            QueryResourceInfo => "InvalidParameter",
        }
    }
}
