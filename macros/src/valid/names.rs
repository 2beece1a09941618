//! Name collisions: two codes that would be one variant are reported on what the user
//! wrote (the code literal or the `#[name(…)]`), and one variant of each group is kept.

use crate::ctxt::Ctxt;
use crate::model::Variant;
use proc_macro2::Span;
use std::collections::HashMap;
use syn::Ident;

/// Where a variant's name comes from, which decides where a collision is reported.
#[derive(Clone, Copy)]
pub enum Origin {
    /// A common code imported by `use common;` and not re-listed: not the user's tokens.
    Common,
    /// An entry named after its code: the code literal.
    Code(Span),
    /// An entry named by `#[name(…)]`: the name.
    Name(Span),
}

/// Reports every group of variants that would share a name, on each entry the user
/// wrote, and keeps one variant of each group: a common code if there is one (common
/// codes keep their names), else the first.
pub fn check_names(cx: &mut Ctxt, variants: &mut Vec<Variant>, origins: &[Origin]) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, variant) in variants.iter().enumerate() {
        by_name.entry(variant.name.clone()).or_default().push(i);
    }
    let mut dropped = vec![false; variants.len()];
    let mut groups: Vec<&Vec<usize>> = by_name.values().filter(|group| group.len() > 1).collect();
    groups.sort();
    for group in groups {
        let keep = group
            .iter()
            .copied()
            .find(|&i| matches!(origins[i], Origin::Common))
            .unwrap_or(group[0]);
        let named: Vec<Named<'_>> = group
            .iter()
            .map(|&i| Named {
                code: &variants[i].code,
                ident: &variants[i].ident,
                origin: origins[i],
            })
            .collect();
        for (k, &i) in group.iter().enumerate() {
            dropped[i] = i != keep;
            match origins[i] {
                Origin::Code(span) | Origin::Name(span) => {
                    cx.error_at(span, collision_message(&named, k));
                }
                // Two common codes colliding is the runtime's bug; report it once.
                Origin::Common if k == 0 => {
                    cx.error_at(Span::call_site(), collision_message(&named, k));
                }
                Origin::Common => {}
            }
        }
    }
    let mut index = 0;
    variants.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// A variant in a name collision.
struct Named<'a> {
    code: &'a str,
    ident: &'a Ident,
    origin: Origin,
}

impl Named<'_> {
    fn describe(&self) -> String {
        match self.origin {
            Origin::Common => format!("the common code `{}` (from `use common;`)", self.code),
            Origin::Code(_) => format!("`{}`", self.code),
            Origin::Name(_) => format!("`{}` (named by `#[name({})]`)", self.code, self.ident),
        }
    }
}

/// The message for `group[subject]`, whose name the rest of `group` also has.
fn collision_message(group: &[Named<'_>], subject: usize) -> String {
    let others: Vec<String> = group
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != subject)
        .map(|(_, named)| named.describe())
        .collect();
    let only_common_others = group
        .iter()
        .enumerate()
        .all(|(k, named)| k == subject || matches!(named.origin, Origin::Common));
    let advice = match group[subject].origin {
        Origin::Name(_) => "choose another name in `#[name(…)]`",
        Origin::Code(_) if only_common_others => {
            "name this entry with `#[name(…)]`; common codes keep their names"
        }
        _ => "give one of them another name with `#[name(…)]`",
    };
    format!(
        "{} and {} would both be the variant `{}`: {advice}",
        group[subject].describe(),
        others.join(" and "),
        group[subject].ident,
    )
}

#[cfg(test)]
mod tests {
    use crate::ctxt::places;
    use crate::valid::tests::{check_source, codes};

    #[test]
    fn colliding_names_are_reported_on_both_literals_and_one_is_kept() {
        let (model, errors) = check_source(
            r#"enum E {
                "InvalidParameter.Conflict" => "a",
                "InvalidParameterConflict" => "b",
                "UnsupportedOperation" => "c",
                "UnsupportedOperation." => "d",
            }"#,
        );
        assert_eq!(
            places(&errors),
            [
                "2:\"InvalidParameter.Conflict\"",
                "3:\"InvalidParameterConflict\"",
                "4:\"UnsupportedOperation\"",
                "5:\"UnsupportedOperation.\"",
            ]
        );
        assert_eq!(
            errors[0].1,
            "`InvalidParameter.Conflict` and `InvalidParameterConflict` would both be the \
             variant `InvalidParameterConflict`: give one of them another name with `#[name(…)]`"
        );
        assert!(errors[3]
            .1
            .starts_with("`UnsupportedOperation.` and `UnsupportedOperation` would"));
        assert_eq!(
            codes(&model),
            ["InvalidParameter.Conflict", "UnsupportedOperation"]
        );
    }

    #[test]
    fn a_collision_with_an_imported_common_code_keeps_the_common_variant() {
        let (model, errors) = check_source(
            r#"enum E {
                use common;
                "Invalid.Parameter" => "mine",
            }"#,
        );
        assert_eq!(places(&errors), ["3:\"Invalid.Parameter\""]);
        assert_eq!(
            errors[0].1,
            "`Invalid.Parameter` and the common code `InvalidParameter` (from `use common;`) \
             would both be the variant `InvalidParameter`: name this entry with `#[name(…)]`; \
             common codes keep their names"
        );
        assert_eq!(codes(&model), ["InvalidParameter", "InternalError"]);
        assert_eq!(model.from_common, [0, 1]);
    }

    #[test]
    fn a_colliding_name_attribute_is_reported_on_the_name() {
        let (model, errors) = check_source(
            r#"enum E {
                #[name(Foo)] "A" => "a",
                "Foo" => "f",
            }"#,
        );
        assert_eq!(places(&errors), ["2:Foo", "3:\"Foo\""]);
        assert_eq!(
            errors[0].1,
            "`A` (named by `#[name(Foo)]`) and `Foo` would both be the variant `Foo`: \
             choose another name in `#[name(…)]`"
        );
        assert_eq!(codes(&model), ["A"]);
    }
}
