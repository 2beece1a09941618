//! `ai3d` error codes, API version 2025-05-13.

tc_errors::tc_errors! {
    /// `ai3d` error codes, API version 2025-05-13.
    #[non_exhaustive]
    pub enum Ai3dError {
        use common;

        version "2025-05-13" {
            Convert3DFormat => "",
            DescribeAutoRiggingJob => "",
            DescribeHunyuanTo3DMotionJob => "",
            DescribeHunyuanTo3DUVJob => "",
            DescribeProfileTo3DJob => "",
            DescribeReduceFaceJob => "",
            DescribeTextureTo3DJob => "",
            QueryHunyuan3DPartJob => "",
            QueryHunyuanTo3DProJob => "",
            QueryHunyuanTo3DRapidJob => "",
            SubmitAutoRiggingJob => "",
            SubmitHunyuan3DPartJob => "",
            SubmitHunyuanTo3DMotionJob => "",
            SubmitHunyuanTo3DProJob => "",
            SubmitHunyuanTo3DRapidJob => "",
            SubmitHunyuanTo3DUVJob => "",
            SubmitProfileTo3DJob => "",
            SubmitReduceFaceJob => "",
            SubmitTextureTo3DJob => "",
        }
    }
}
