//! `use common;` and the common codes it brings in: where the import may stand, which
//! wording a re-listed common code keeps, and where each common code ends up.

use super::entry::{check_entry, variant};
use super::names::Origin;
use crate::ast::{Entry, Item};
use crate::ctxt::Ctxt;
use crate::model::Variant;

/// `use common;` may appear once, before the first entry, and names only `common`.
/// Returns whether the catalog imports the common set.
pub fn check_uses(cx: &mut Ctxt, items: &[Item]) -> bool {
    let mut uses_common = false;
    let mut seen_entry = false;
    for item in items {
        match item {
            Item::Entry(_) => seen_entry = true,
            Item::Use(item) if item.ident != "common" => cx.error_at(
                item.ident.span(),
                format!(
                    "unknown code set `{}`: the only set to import is `use common;`",
                    item.ident
                ),
            ),
            Item::Use(item) if uses_common => cx.error_at(
                item.use_token.span,
                "`use common;` appears twice: remove this one",
            ),
            Item::Use(item) if seen_entry => {
                uses_common = true;
                cx.error_at(
                    item.use_token.span,
                    "`use common;` must come before the first entry: move it to the top of the enum",
                )
            }
            Item::Use(_) => uses_common = true,
        }
    }
    uses_common
}

/// Outside `CommonError` itself, a common code's texts are read at run time from
/// `CommonError`'s table rather than copied into every catalog, so the macro drops them
/// unread (each catalog would otherwise decode the same texts again).
pub fn drop_texts(common: &mut [Entry]) {
    for entry in common {
        entry.english = None;
        entry.chinese = None;
    }
}

/// Appends the common codes the catalog did not re-list (`relisted[i]` is false) after
/// its own entries.
pub fn import_unlisted(
    cx: &mut Ctxt,
    common: &[Entry],
    relisted: &[bool],
    variants: &mut Vec<Variant>,
    origins: &mut Vec<Origin>,
) {
    for (i, entry) in common.iter().enumerate() {
        if relisted[i] {
            continue;
        }
        let checked = check_entry(cx, entry);
        if !(checked.code_ok && checked.attrs.name_ok) {
            continue;
        }
        if let Some(variant) = variant(cx, checked, Some(i)) {
            origins.push(Origin::Common);
            variants.push(variant);
        }
    }
}

/// For each of the `common_len` common codes, the index of its variant in `variants`.
pub fn variant_positions(variants: &[Variant], common_len: usize) -> Vec<usize> {
    let mut from_common = vec![usize::MAX; common_len];
    for (v, variant) in variants.iter().enumerate() {
        if let Some(i) = variant.common {
            from_common[i] = v;
        }
    }
    from_common
}

#[cfg(test)]
mod tests {
    use crate::ctxt::places;
    use crate::valid::tests::{check_source, codes};
    use tc_errors_internals::kind::ErrorKind;

    #[test]
    fn relisted_common_codes_unify() {
        let (model, errors) = check_source(
            r#"pub enum CbsError {
                use common;
                "Cdn.Purge" => "Purged.",
                "InvalidParameter" => "Invalid parameter",
            }"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            codes(&model),
            ["Cdn.Purge", "InvalidParameter", "InternalError"]
        );
        assert_eq!(
            model.variants[1].english.as_deref(),
            Some("Invalid parameter")
        );
        assert_eq!(model.variants[1].common, Some(0));
        assert_eq!(model.from_common, [1, 2]);
        assert_eq!(model.variants[0].kind, ErrorKind::Other);
        assert_eq!(model.variants[2].kind, ErrorKind::Internal);
    }

    #[test]
    fn common_texts_are_read_at_run_time_not_copied() {
        let (model, errors) = check_source(
            r#"pub enum E {
                use common;
                "InvalidParameter" => _ / "参数错误",
            }"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        // Re-listed in Chinese only: the English is the common set's, read at run time.
        assert_eq!(model.variants[0].english, None);
        assert_eq!(model.variants[0].chinese.as_deref(), Some("参数错误"));
        assert!(model.borrows_texts(&model.variants[0]));
        // Not re-listed: both texts are the common set's.
        assert_eq!(codes(&model), ["InvalidParameter", "InternalError"]);
        assert_eq!(model.variants[1].english, None);
        assert_eq!(model.variants[1].chinese, None);
        assert!(model.borrows_texts(&model.variants[1]));
    }

    #[test]
    fn without_use_common_a_common_code_is_the_catalogs_own() {
        let (model, errors) =
            check_source(r#"pub enum LegacyError { "InvalidParameter" => "Legacy wording." }"#);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(codes(&model), ["InvalidParameter"]);
        assert_eq!(model.variants[0].common, None);
        assert!(model.from_common.is_empty());
    }

    #[test]
    fn use_problems_are_reported() {
        let (model, errors) = check_source(
            r#"enum E {
                use other;
                use common;
                use common;
                "A" => "a",
                use common;
            }"#,
        );
        assert_eq!(places(&errors), ["2:other", "4:use", "6:use"]);
        assert!(errors[0].1.contains("unknown code set `other`"));
        assert!(errors[1].1.contains("appears twice"));
        assert!(errors[2].1.contains("appears twice"));
        assert!(model.uses_common);

        let (model, errors) = check_source(r#"enum E { "A" => "a", use common; }"#);
        assert_eq!(places(&errors), ["1:use"]);
        assert!(errors[0].1.contains("before the first entry"));
        assert_eq!(codes(&model), ["A", "InvalidParameter", "InternalError"]);
    }
}
