//! The languages Tencent Cloud publishes error texts in.

use std::fmt;
use std::str::FromStr;

/// A language of the error texts: Tencent publishes every table in Chinese and in
/// English, and the API answers in the language of the `X-TC-Language` request header
/// (`zh-CN` when the header is absent).
///
/// Parses `X-TC-Language` values and other language tags by their primary subtag, in
/// any case: `zh-CN`, `zh`, `zh_CN.UTF-8` are Chinese; `en-US`, `en` are English.
///
/// ```
/// use tc_errors::Language;
///
/// let language: Language = "en-US".parse().unwrap();
/// assert_eq!(language, Language::English);
/// assert_eq!(Language::default().header_value(), "zh-CN");
/// assert!("fr-FR".parse::<Language>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
#[non_exhaustive]
pub enum Language {
    /// Simplified Chinese (`zh-CN`), the API's default.
    #[default]
    Chinese,
    /// English (`en-US`).
    English,
}

impl Language {
    /// Every language, Chinese first.
    pub const ALL: &'static [Language] = &[Language::Chinese, Language::English];

    /// The `X-TC-Language` header value that asks the API for this language.
    pub const fn header_value(self) -> &'static str {
        match self {
            Language::Chinese => "zh-CN",
            Language::English => "en-US",
        }
    }
}

impl fmt::Display for Language {
    /// The `X-TC-Language` value, such as `zh-CN`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.header_value())
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(tag: &str) -> Result<Language, UnknownLanguage> {
        let primary = tag.split(['-', '_', '.']).next().unwrap_or_default().trim();
        if primary.eq_ignore_ascii_case("zh") {
            Ok(Language::Chinese)
        } else if primary.eq_ignore_ascii_case("en") {
            Ok(Language::English)
        } else {
            Err(UnknownLanguage(tag.into()))
        }
    }
}

/// A language tag that names neither Chinese nor English.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnknownLanguage(Box<str>);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language {:?}: expected Chinese (`zh-CN`) or English (`en-US`)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLanguage {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_subtag_in_any_case() {
        for (tag, language) in [
            ("zh-CN", Language::Chinese),
            ("zh", Language::Chinese),
            ("ZH-cn", Language::Chinese),
            ("zh_CN.UTF-8", Language::Chinese),
            ("zh-TW", Language::Chinese),
            ("en-US", Language::English),
            ("en", Language::English),
            ("EN_gb.utf8", Language::English),
        ] {
            assert_eq!(tag.parse(), Ok(language), "{tag}");
        }
        for tag in ["", "fr-FR", "english", "C", "-zh"] {
            assert!(tag.parse::<Language>().is_err(), "{tag}");
        }
    }

    #[test]
    fn header_values_read_back() {
        for &language in Language::ALL {
            assert_eq!(language.header_value().parse(), Ok(language));
            assert_eq!(language.to_string(), language.header_value());
        }
    }
}
