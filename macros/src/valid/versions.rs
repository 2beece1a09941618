//! Checks the version blocks: each version a date, given once, oldest first; each action
//! named as Tencent names them, once per version, with `#[client_token]` at most; each
//! code it lists declared by the catalog (or brought in by `use common;`) and listed
//! once. A block or action with a problem is reported and left out of the model; the
//! rest still expands.

use super::spellings::{read_list, Listed, Spellings};
use crate::ast::{Action, ActionName, Entry, Item, VersionBlock};
use crate::ctxt::{repeated, Ctxt};
use crate::model::{Variant, Version, VersionAction};
use proc_macro2::Span;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use tc_errors_internals::actions::UNLISTED;
use tc_errors_internals::date;

/// What an action's list can name.
pub struct Declared<'a> {
    /// Every spelling that names a variant, codes and aliases, with its variant's index.
    spellings: Spellings<'a>,
    /// The variants' codes, by index.
    codes: Vec<&'a str>,
    items: &'a [Item],
    common: &'a [Entry],
    uses_common: bool,
    /// What a list with a code that names no variant is checked against: built for the
    /// first such list, as a well-formed catalog has none.
    undeclared: OnceCell<Undeclared<'a>>,
}

/// The codes that name no variant but are not unknown either.
struct Undeclared<'a> {
    /// Codes the catalog declares whose entry has a reported problem and no variant:
    /// listing one is not another error.
    written: HashSet<&'a str>,
    /// The common codes, when the catalog does not import them: listing one gets a hint.
    common: HashSet<&'a str>,
}

impl<'a> Declared<'a> {
    /// The spellings of `variants`, the codes of the catalog's `items`, and (without
    /// `use common;`) the `common` codes.
    pub fn new(
        variants: &'a [Variant],
        items: &'a [Item],
        common: &'a [Entry],
        uses_common: bool,
    ) -> Self {
        let count = variants
            .iter()
            .map(|variant| 1 + variant.aliases.len())
            .sum();
        let mut spellings = Spellings::with_capacity(count);
        for (i, variant) in variants.iter().enumerate() {
            // `valid` cuts a catalog to `u16::MAX` variants.
            let index = u16::try_from(i).unwrap_or(u16::MAX);
            // Spellings are distinct by now; were one written twice, the later would count.
            spellings.insert(&variant.code, index);
            for (alias, _) in &variant.aliases {
                spellings.insert(alias, index);
            }
        }
        Declared {
            spellings,
            codes: variants.iter().map(|v| v.code.as_str()).collect(),
            items,
            common,
            uses_common,
            undeclared: OnceCell::new(),
        }
    }

    /// The codes that name no variant but are declared or common.
    fn undeclared(&self) -> &Undeclared<'a> {
        self.undeclared.get_or_init(|| {
            let codes = |entries: &'a [Entry]| entries.iter().map(|entry| entry.code.value());
            let (imported, hinted) = if self.uses_common {
                (self.common, &[][..])
            } else {
                (&[][..], self.common)
            };
            Undeclared {
                written: self
                    .items
                    .iter()
                    .filter_map(|item| match item {
                        Item::Entry(entry) => Some(entry.code.value()),
                        Item::Use(_) => None,
                    })
                    .chain(codes(imported))
                    .collect(),
                common: codes(hinted).collect(),
            }
        })
    }
}

/// Checks every block, recording each problem in `cx`; the versions come out sorted.
pub fn check_versions(cx: &mut Ctxt, blocks: &[VersionBlock], declared: &Declared) -> Vec<Version> {
    let mut versions: Vec<Version> = Vec::new();
    let mut seen: HashMap<&str, Span> = HashMap::new();
    let mut newest: Option<&str> = None;
    let mut listed = Listed::new(declared.codes.len());
    for block in blocks {
        let date = block.version.value();
        let span = block.version.span();
        let problem = if !is_date(date) {
            Some(syn::Error::new(
                span,
                format!("`{date}` is not an API version: write the version's date as `\"YYYY-MM-DD\"`, such as `\"2017-03-12\"`"),
            ))
        } else if let Some(&first) = seen.get(date) {
            Some(repeated(
                format!(
                    "version `{date}` is declared twice: merge its actions into the first block"
                ),
                span,
                format!("note: version `{date}` is first declared here"),
                first,
            ))
        } else {
            None
        };
        if let Some(error) = problem {
            cx.push(error);
            // Its actions are still checked, for their own mistakes.
            check_actions(cx, block, declared, &mut listed);
            continue;
        }
        seen.insert(date, span);
        match newest {
            Some(newer) if date < newer => cx.error_at(
                span,
                format!("versions are written oldest first: move this block above `version \"{newer}\"`"),
            ),
            _ => newest = Some(date),
        }
        versions.push(Version {
            date: date.to_owned(),
            actions: check_actions(cx, block, declared, &mut listed),
        });
    }
    versions.sort_by(|a, b| a.date.cmp(&b.date));
    versions
}

/// Whether `version` is a date `YYYY-MM-DD` that exists.
fn is_date(version: &str) -> bool {
    let bytes = version.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (
        number(&bytes[..4]),
        number(&bytes[5..7]),
        number(&bytes[8..]),
    ) else {
        return false;
    };
    date::is_date(year.into(), month.into(), day.into())
}

/// Checks the actions of one block: the ones without a problem, with their codes.
fn check_actions(
    cx: &mut Ctxt,
    block: &VersionBlock,
    declared: &Declared,
    listed: &mut Listed,
) -> Vec<VersionAction> {
    let mut actions = Vec::with_capacity(block.actions.len());
    let mut seen = FirstSeen::default();
    for action in &block.actions {
        let client_token = read_attrs(cx, action);
        let codes = check_codes(cx, action, declared, listed);
        let (name, span) = match &action.name {
            ActionName::Named(ident) => {
                let name = ident.to_string();
                if !is_action_name(&name) {
                    cx.error_at(
                        ident.span(),
                        format!("`{name}` is not an action name: Tencent's actions are ASCII letters and digits, starting with a letter, such as `DescribeInstances`"),
                    );
                    continue;
                }
                (name, ident.span())
            }
            ActionName::Unlisted(underscore) => (UNLISTED.to_owned(), underscore.span),
        };
        if let Some(first) = seen.first(&name, span) {
            let shown = if name.is_empty() { "_" } else { &name };
            cx.push(repeated(
                format!(
                    "`{shown}` appears twice in version `{}`: merge its codes into the first one",
                    block.version.value()
                ),
                span,
                format!("note: `{shown}` is first listed here"),
                first,
            ));
            continue;
        }
        actions.push(VersionAction {
            name,
            client_token,
            codes,
        });
    }
    actions
}

/// The names seen so far, to find a repeat: where each was first seen.
///
/// The importer writes a block's actions sorted by name, and while each name is greater
/// than the one before, none can repeat: it is compared with the last one only. The
/// first name out of order puts every name so far in a map, which then finds repeats.
#[derive(Default)]
struct FirstSeen {
    /// Every name seen, in order, with where it was seen; sorted while `by_name` is `None`.
    names: Vec<(String, Span)>,
    by_name: Option<HashMap<String, Span>>,
}

impl FirstSeen {
    /// Where `name` was seen before, if it was; otherwise it is seen here, at `span`.
    fn first(&mut self, name: &str, span: Span) -> Option<Span> {
        if self.by_name.is_none() {
            match self.names.last() {
                Some((last, first)) if name == last => return Some(*first),
                Some((last, _)) if name < last.as_str() => {
                    self.by_name = Some(self.names.drain(..).collect());
                }
                _ => {
                    self.names.push((name.to_owned(), span));
                    return None;
                }
            }
        }
        let by_name = self.by_name.get_or_insert_with(HashMap::new);
        if let Some(&first) = by_name.get(name) {
            return Some(first);
        }
        by_name.insert(name.to_owned(), span);
        None
    }
}

/// Whether `name` is spelled as Tencent's actions are: `[A-Za-z][A-Za-z0-9]*`. A plain
/// loop, which the unoptimised macro runs without a call per byte.
fn is_action_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    if !matches!(bytes.first(), Some(b'A'..=b'Z' | b'a'..=b'z')) {
        return false;
    }
    let mut at = 1;
    while at < bytes.len() {
        if !matches!(bytes[at], b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9') {
            return false;
        }
        at += 1;
    }
    true
}

/// Reads an action's attributes: whether it is marked `#[client_token]`.
fn read_attrs(cx: &mut Ctxt, action: &Action) -> bool {
    let mut client_token = false;
    for attr in &action.attrs {
        let path = attr.path();
        if !path.is_ident("client_token") {
            cx.push(syn::Error::new_spanned(
                path,
                "unknown attribute on an action: the only one is `#[client_token]`, for an action whose request takes a `ClientToken`",
            ));
        } else if !matches!(attr.meta, syn::Meta::Path(_)) {
            cx.push(syn::Error::new_spanned(
                &attr.meta,
                "`#[client_token]` takes no arguments",
            ));
        } else if let ActionName::Unlisted(_) = action.name {
            cx.push(syn::Error::new_spanned(
                path,
                "`#[client_token]` marks an action; `_` lists the version's codes that no action lists",
            ));
        } else if client_token {
            cx.push(syn::Error::new_spanned(
                path,
                "`#[client_token]` appears twice on the action: keep one",
            ));
        } else {
            client_token = true;
        }
    }
    client_token
}

/// The variant indices of the codes in an action's list, each problem reported on the
/// list: spacing, codes the catalog does not declare, codes listed twice.
fn check_codes(
    cx: &mut Ctxt,
    action: &Action,
    declared: &Declared,
    listed: &mut Listed,
) -> Vec<u16> {
    let list = action.codes.value();
    if let Some(codes) = read_list(list, &declared.spellings, listed) {
        return codes;
    }
    // The list has a problem: read it again, slowly, to report each one.
    let span = action.codes.span();
    let pieces: Vec<&str> = if is_spaced(list) {
        list.split(' ').collect()
    } else {
        cx.error_at(
            span,
            "separate the codes with single spaces, with none before the first or after the last and no commas: `\"InvalidParameter ResourceNotFound\"`",
        );
        let separators = |c: char| c.is_whitespace() || c == ',';
        list.split(separators)
            .filter(|code| !code.is_empty())
            .collect()
    };
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    let mut twice = Vec::new();
    for code in pieces {
        match declared.spellings.get(code) {
            Some(index) if codes.contains(&index) => {
                let first = declared
                    .codes
                    .get(usize::from(index))
                    .copied()
                    .unwrap_or(code);
                twice.push(if first == code {
                    format!("`{code}`")
                } else {
                    format!("`{code}` (an earlier spelling of `{first}`)")
                });
            }
            Some(index) => codes.push(index),
            // Its entry's problem is reported already.
            None if declared.undeclared().written.contains(code) => {}
            None => unknown.push(code),
        }
    }
    if !unknown.is_empty() {
        let common = &declared.undeclared().common;
        let hint = if unknown.iter().any(|code| common.contains(code)) {
            "; a common code needs `use common;` at the top of the enum"
        } else {
            ""
        };
        let each = if unknown.len() == 1 { "it" } else { "each" };
        let (names, are) = listing(unknown.iter().map(|code| format!("`{code}`")));
        cx.error_at(
            span,
            format!("{names} {are} not declared by this catalog: declare {each} with an entry, or remove it from the list{hint}"),
        );
    }
    if !twice.is_empty() {
        let (names, are) = listing(twice.into_iter());
        cx.error_at(
            span,
            format!("{names} {are} listed twice in this action: list each code once"),
        );
    }
    codes
}

/// Names joined with commas, and the verb that agrees with them.
fn listing(names: impl Iterator<Item = String>) -> (String, &'static str) {
    let names: Vec<String> = names.collect();
    let are = if names.len() == 1 { "is" } else { "are" };
    (names.join(", "), are)
}

/// Whether `list` is empty or codes separated by single spaces: no other white space or
/// comma, none at either end.
fn is_spaced(list: &str) -> bool {
    let bytes = list.as_bytes();
    let mut after_space = true;
    for &byte in bytes {
        if byte == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if byte.is_ascii_whitespace() || byte == b',' {
            return false;
        } else {
            after_space = false;
        }
    }
    bytes.is_empty() || !after_space
}

#[cfg(test)]
mod tests {
    use super::{is_action_name, is_date, FirstSeen};
    use crate::ctxt::assert_reported;
    use crate::model::Model;
    use crate::valid::tests::check_source;

    /// Each version as `date: name[+]=indices …` (`+` for `#[client_token]`, `_` for the
    /// unlisted codes).
    fn versions(model: &Model) -> Vec<String> {
        model
            .versions
            .iter()
            .map(|version| {
                let actions: Vec<String> = version
                    .actions
                    .iter()
                    .map(|action| {
                        let name = if action.name.is_empty() {
                            "_"
                        } else {
                            &action.name
                        };
                        let token = if action.client_token { "+" } else { "" };
                        format!("{name}{token}={:?}", action.codes)
                    })
                    .collect();
                format!("{}: {}", version.date, actions.join(" "))
            })
            .collect()
    }

    #[test]
    fn actions_name_the_variants_of_their_codes() {
        let (model, errors) = check_source(
            r#"enum E {
                use common;
                #[alias("OldB")]
                "B.Busy" => "b",
                "A" => "a",
                version "2018-05-25" {
                    DescribeA => "A InternalError",
                    #[client_token]
                    RunB => "OldB A",
                    CheckC => "",
                    _ => "InvalidParameter",
                }
                version "2022-05-01" { DescribeA => "B.Busy", }
            }"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        // Variants: B.Busy, A, then the common InvalidParameter, InternalError.
        assert_eq!(
            versions(&model),
            [
                "2018-05-25: DescribeA=[1, 3] RunB+=[0, 1] CheckC=[] _=[2]",
                "2022-05-01: DescribeA=[0]"
            ]
        );
    }

    #[test]
    fn undeclared_and_repeated_codes_are_errors_on_the_list() {
        let (model, errors) = check_source(
            r#"enum E {
                #[alias("OldA")]
                "A" => "a",
                "Bad Code" => "b",
                version "2018-05-25" {
                    DescribeA => "A Missing",
                    DescribeB => "Gone InternalError A",
                    DescribeC => "A OldA A",
                    DescribeD => "Bad Code",
                    DescribeE => " A  A",
                    DescribeF => "A,A",
                }
            }"#,
        );
        assert_reported(
            &errors,
            &[
                ("4:\"Bad Code\"", "malformed"),
                ("6:\"A Missing\"", "`Missing` is not declared by this catalog"),
                (
                    "7:\"Gone InternalError A\"",
                    "`Gone`, `InternalError` are not declared by this catalog: declare each with an entry, or remove it from the list; a common code needs `use common;`",
                ),
                (
                    "8:\"A OldA A\"",
                    "`OldA` (an earlier spelling of `A`), `A` are listed twice in this action",
                ),
                ("9:\"Bad Code\"", "`Bad`, `Code` are not declared"),
                ("10:\" A  A\"", "separate the codes with single spaces"),
                ("10:\" A  A\"", "`A` is listed twice"),
                ("11:\"A,A\"", "and no commas"),
                ("11:\"A,A\"", "`A` is listed twice"),
            ],
        );
        // The actions are kept with the codes that are declared.
        assert_eq!(
            versions(&model),
            ["2018-05-25: DescribeA=[0] DescribeB=[0] DescribeC=[0] DescribeD=[] DescribeE=[0] DescribeF=[0]"]
        );
    }

    #[test]
    fn action_problems_are_reported_on_the_action() {
        let (model, errors) = check_source(
            r#"enum E {
                "A" => "a",
                version "2018-05-25" {
                    DescribeA => "A",
                    DescribeA => "",
                    Describe_B => "A",
                    #[client_token(yes)] RunC => "",
                    #[client_token] #[client_token] RunD => "",
                    #[colour] RunE => "",
                    #[client_token] _ => "A",
                    _ => "",
                }
            }"#,
        );
        assert_reported(
            &errors,
            &[
                (
                    "5:DescribeA",
                    "`DescribeA` appears twice in version `2018-05-25`",
                ),
                ("4:DescribeA", "note: `DescribeA` is first listed here"),
                ("6:Describe_B", "is not an action name"),
                ("7:client_token(yes)", "takes no arguments"),
                ("8:client_token", "appears twice on the action"),
                ("9:colour", "unknown attribute on an action"),
                ("10:client_token", "`_` lists the version's codes"),
                ("11:_", "`_` appears twice"),
                ("10:_", "note: `_` is first listed here"),
            ],
        );
        assert_eq!(
            versions(&model),
            ["2018-05-25: DescribeA=[0] RunC=[] RunD+=[] RunE=[] _=[0]"]
        );
    }

    #[test]
    fn versions_are_dates_given_once_oldest_first() {
        let (model, errors) = check_source(
            r#"enum E {
                "A" => "a",
                version "2022-05-01" { DescribeA => "A", }
                version "2018-05-25" {}
                version "2022-05-01" {}
                version "2018-5-25" {}
                version "2019-02-29" { DescribeB => "Missing", }
            }"#,
        );
        assert_reported(
            &errors,
            &[
                (
                    "4:\"2018-05-25\"",
                    "versions are written oldest first: move this block above `version \"2022-05-01\"`",
                ),
                ("5:\"2022-05-01\"", "version `2022-05-01` is declared twice"),
                ("3:\"2022-05-01\"", "note: version `2022-05-01` is first declared here"),
                ("6:\"2018-5-25\"", "is not an API version"),
                ("7:\"2019-02-29\"", "is not an API version"),
                // A dropped block's actions are still checked.
                ("7:\"Missing\"", "not declared"),
            ],
        );
        // Sorted for the runtime's binary search.
        assert_eq!(
            versions(&model),
            ["2018-05-25: ", "2022-05-01: DescribeA=[0]"]
        );
    }

    #[test]
    fn a_catalog_without_blocks_has_no_versions() {
        let (model, errors) = check_source(r#"enum E { "A" => "a", }"#);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(model.versions.is_empty());
    }

    #[test]
    fn dates_are_checked_for_existence() {
        for date in ["2017-03-12", "2020-02-29", "2000-02-29", "2018-12-31"] {
            assert!(is_date(date), "{date}");
        }
        for date in [
            "2019-02-29",
            "1900-02-29",
            "2018-13-01",
            "2018-00-10",
            "2018-04-31",
            "0000-01-01",
            "2018-05-2",
            "20180525",
            "2018/05/25",
            "2018-05-25 ",
            "２０１８-05-25",
        ] {
            assert!(!is_date(date), "{date}");
        }
    }

    #[test]
    fn a_repeat_is_found_in_sorted_names_and_in_any_order() {
        let span = proc_macro2::Span::call_site();
        let mut seen = FirstSeen::default();
        let firsts: Vec<bool> = ["A", "B", "B", "D", "C", "A", "D", "E", "C", ""]
            .into_iter()
            .map(|name| seen.first(name, span).is_none())
            .collect();
        assert_eq!(
            firsts,
            [true, true, false, true, true, false, false, true, false, true]
        );
    }

    #[test]
    fn action_names_are_letters_and_digits_after_a_letter() {
        for name in ["DescribeInstances", "a", "Z9", "RunInstances2"] {
            assert!(is_action_name(name), "{name}");
        }
        for name in ["", "9Lives", "Describe_B", "Describe-B", "Déjà", "_"] {
            assert!(!is_action_name(name), "{name}");
        }
    }
}
