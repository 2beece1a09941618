//! The "try again later" rule: which entries the block marks `#[kind(Transient)]`.

use crate::model::Entry;
use tc_errors::{ErrorKind, RetryAdvice};

/// Words that tell the caller to try again later, in either language.
const LATER: &[&str] = &[
    "try again later",
    "请稍后重试",
    "稍后再试",
    "稍后重试",
    "请稍后再试",
];

/// Whether `text` tells the caller to try again later, in English (any capitalisation)
/// or in Chinese: the rule that marks an entry `#[kind(Transient)]`.
pub fn says_try_again_later(text: &str) -> bool {
    let text = text.to_lowercase();
    LATER.iter().any(|words| text.contains(words))
}

/// `#[kind(Transient)]` for a code whose text (either language) says to try again later,
/// unless the advice for its category retries it already.
pub fn kind_attribute(entry: &Entry) -> Option<ErrorKind> {
    let says_later = [&entry.english, &entry.chinese]
        .into_iter()
        .flatten()
        .any(|text| says_try_again_later(text));
    let retried = RetryAdvice::for_code(&entry.code, ErrorKind::of_code(&entry.code));
    (says_later && !retried.should_retry(true)).then_some(ErrorKind::Transient)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind decided for `code` with these texts.
    fn kind_of(code: &str, english: Option<&str>, chinese: Option<&str>) -> Option<ErrorKind> {
        kind_attribute(&Entry {
            line: 1,
            code: code.into(),
            english: english.map(Into::into),
            chinese: chinese.map(Into::into),
            aliases: Vec::new(),
            docs: Vec::new(),
            name: None,
            kind: None,
        })
    }

    #[test]
    fn try_again_later_is_transient_unless_the_category_retries() {
        assert_eq!(
            kind_of(
                "InvalidDisk.SnapshotCreating",
                Some("Busy. Try again later."),
                None
            ),
            Some(ErrorKind::Transient)
        );
        assert_eq!(
            kind_of("ResourceCreating", Some("please TRY AGAIN LATER"), None),
            Some(ErrorKind::Transient)
        );
        assert_eq!(
            kind_of("InternalError.X", Some("Try again later."), None),
            None
        );
        assert_eq!(
            kind_of("InvalidParameter.X", Some("Verify it and try again."), None),
            None
        );
        for chinese in ["云盘正忙，请稍后重试。", "系统繁忙，请稍后再试", "稍后重试"]
        {
            assert_eq!(
                kind_of("InvalidDisk.SnapshotCreating", None, Some(chinese)),
                Some(ErrorKind::Transient),
                "{chinese}"
            );
        }
        assert_eq!(
            kind_of("InvalidDisk.SnapshotCreating", None, Some("云盘正忙。")),
            None
        );
    }
}
