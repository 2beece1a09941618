//! Which texts to show: `--lang zh|en`, or both with the reader's language first.

use clap::ValueEnum;
use tc_error_catalogs::Entry;
use tc_errors::Language;

/// The `--lang` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Chinese (简体中文).
    Zh,
    /// English.
    En,
}

/// The texts to show, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Every text the code has, `first` first.
    Both { first: Language },
    /// The text in one language (the other when the code has only that one).
    One(Language),
}

/// The words shown for a code that has no text in either language.
pub const NO_DESCRIPTION: &str = "(no description is published for this code)";

impl Shown {
    /// `--lang` when given; otherwise both texts, Chinese first when the locale
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) names Chinese.
    pub fn choose(flag: Option<LangArg>) -> Shown {
        Shown::choose_with(flag, |name| std::env::var(name).ok())
    }

    /// [`choose`](Self::choose) with the environment given as a function.
    pub fn choose_with(flag: Option<LangArg>, var: impl Fn(&str) -> Option<String>) -> Shown {
        match flag {
            Some(LangArg::Zh) => Shown::One(Language::Chinese),
            Some(LangArg::En) => Shown::One(Language::English),
            None => Shown::Both {
                first: locale_language(var),
            },
        }
    }

    /// The texts of `entry` to show, in order; [`NO_DESCRIPTION`] when it has none.
    pub fn texts(self, entry: &Entry) -> Vec<&'static str> {
        let text = |language| match language {
            Language::English => entry.english,
            _ => entry.chinese,
        };
        let other = |language| match language {
            Language::English => Language::Chinese,
            _ => Language::English,
        };
        let texts: Vec<&'static str> = match self {
            Shown::Both { first } => [text(first), text(other(first))]
                .into_iter()
                .flatten()
                .collect(),
            Shown::One(language) => text(language)
                .or_else(|| text(other(language)))
                .into_iter()
                .collect(),
        };
        if texts.is_empty() {
            vec![NO_DESCRIPTION]
        } else {
            texts
        }
    }
}

/// Chinese when the first locale variable that is set and not empty names Chinese
/// (`zh_CN.UTF-8`), else English.
fn locale_language(var: impl Fn(&str) -> Option<String>) -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name).filter(|value| !value.is_empty()))
        .next()
        .and_then(|value| value.parse().ok())
        .filter(|language| *language == Language::Chinese)
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_errors::ErrorKind;

    fn entry(english: Option<&'static str>, chinese: Option<&'static str>) -> Entry {
        Entry {
            code: "InvalidDisk.Busy",
            description: english.or(chinese).unwrap_or_default(),
            english,
            chinese,
            kind: ErrorKind::Transient,
        }
    }

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn the_locale_orders_both_texts() {
        let chinese = Shown::Both {
            first: Language::Chinese,
        };
        let english = Shown::Both {
            first: Language::English,
        };
        assert_eq!(
            Shown::choose_with(None, env(&[("LANG", "zh_CN.UTF-8")])),
            chinese
        );
        assert_eq!(
            Shown::choose_with(None, env(&[("LANG", "en_US.UTF-8")])),
            english
        );
        assert_eq!(Shown::choose_with(None, env(&[])), english);
        assert_eq!(Shown::choose_with(None, env(&[("LANG", "C")])), english);
        // LC_ALL wins over LANG; an empty LC_ALL does not count.
        assert_eq!(
            Shown::choose_with(None, env(&[("LC_ALL", "zh_TW"), ("LANG", "en_US")])),
            chinese
        );
        assert_eq!(
            Shown::choose_with(None, env(&[("LC_ALL", ""), ("LANG", "zh_CN")])),
            chinese
        );
        assert_eq!(
            Shown::choose_with(Some(LangArg::En), env(&[("LANG", "zh_CN")])),
            Shown::One(Language::English)
        );
    }

    #[test]
    fn texts_follow_the_choice_and_fall_back() {
        let both = entry(Some("Busy."), Some("忙。"));
        let zh_first = Shown::Both {
            first: Language::Chinese,
        };
        assert_eq!(zh_first.texts(&both), ["忙。", "Busy."]);
        assert_eq!(Shown::One(Language::English).texts(&both), ["Busy."]);
        let chinese_only = entry(None, Some("忙。"));
        assert_eq!(Shown::One(Language::English).texts(&chinese_only), ["忙。"]);
        assert_eq!(zh_first.texts(&entry(None, None)), [NO_DESCRIPTION]);
    }
}
