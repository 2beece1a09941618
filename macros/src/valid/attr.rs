//! Reads an entry's attributes: `#[name(…)]`, `#[kind(…)]`, `#[alias(…)]` and doc
//! comments, each problem recorded with the span of the attribute that has it.

use crate::ast::Text;
use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Token};
use tc_errors_internals::kind::{kind_named, ErrorKind};
use tc_errors_internals::naming::is_valid_variant_name;

/// What an entry's attributes say.
pub struct Attrs {
    /// `#[name(…)]`, when given and valid.
    pub name: Option<Ident>,
    /// False when a `#[name(…)]` could not be read: the variant's name is unknown.
    pub name_ok: bool,
    /// `#[kind(…)]`, when given and valid.
    pub kind: Option<ErrorKind>,
    /// Doc comments, shown after the description.
    pub docs: Vec<TokenStream>,
    /// `#[alias(…)]`: earlier spellings of the code, in order.
    pub aliases: Vec<Text>,
}

/// Reads `attrs`, reporting every unknown, repeated or malformed attribute.
pub fn read(cx: &mut Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut read = Attrs {
        name: None,
        name_ok: true,
        kind: None,
        docs: Vec::new(),
        aliases: Vec::new(),
    };
    for attr in attrs {
        let path = attr.path();
        if path.is_ident("doc") {
            read.docs.push(attr.to_token_stream());
        } else if path.is_ident("name") {
            read.name_ok &= read_once(cx, attr, &mut read.name, read_name);
        } else if path.is_ident("kind") {
            read_once(cx, attr, &mut read.kind, read_kind);
        } else if path.is_ident("alias") {
            match read_aliases(attr) {
                Ok(aliases) => read.aliases.extend(aliases),
                Err(error) => cx.push(error),
            }
        } else {
            cx.error_at(
                path_span(attr),
                "unknown attribute on an entry: expected `#[name(Ident)]`, `#[kind(Kind)]`, `#[alias(\"OldCode\")]` or a doc comment",
            );
        }
    }
    read
}

/// Reads a `#[name(…)]` or `#[kind(…)]` into `slot`, which must still be empty; false
/// when the attribute could not be read.
fn read_once<T>(
    cx: &mut Ctxt,
    attr: &Attribute,
    slot: &mut Option<T>,
    read: fn(&Attribute) -> syn::Result<T>,
) -> bool {
    if slot.is_some() {
        cx.error_at(
            path_span(attr),
            "this attribute appears twice on the entry: keep one",
        );
        return true;
    }
    match read(attr) {
        Ok(value) => {
            *slot = Some(value);
            true
        }
        Err(error) => {
            cx.push(error);
            false
        }
    }
}

fn read_name(attr: &Attribute) -> syn::Result<Ident> {
    const EXPECTED: &str = "`#[name(…)]` takes one identifier that is not a keyword, such as `#[name(MissingParameterCmqLower)]`";
    let args = attr_args(attr)?;
    // Any identifier, keywords included, so that a keyword gets the message below
    // rather than a generic parse error.
    let ident = Ident::parse_any
        .parse2(args.tokens.clone())
        .map_err(|_| args.error(EXPECTED))?;
    let name = ident.to_string();
    if !is_valid_variant_name(&name) {
        let why = if name.starts_with("r#") {
            format!("`{name}` is a raw identifier; write a plain one")
        } else if name.is_ascii() {
            format!("`{name}` is reserved in Rust")
        } else {
            format!("`{name}` is not ASCII; variant names are ASCII letters, digits and `_`")
        };
        return Err(syn::Error::new(ident.span(), format!("{why}: {EXPECTED}")));
    }
    Ok(ident)
}

fn read_kind(attr: &Attribute) -> syn::Result<ErrorKind> {
    let args = attr_args(attr)?;
    let kinds = || {
        let names: Vec<&str> = ErrorKind::ALL.iter().map(|kind| kind.name()).collect();
        names.join(", ")
    };
    let ident: Ident = syn::parse2(args.tokens.clone())
        .map_err(|_| args.error(format!("`#[kind(…)]` takes one kind, one of {}", kinds())))?;
    kind_named(&ident.to_string()).ok_or_else(|| {
        syn::Error::new(
            ident.span(),
            format!("unknown kind `{ident}`: expected one of {}", kinds()),
        )
    })
}

/// `#[alias("Old", …)]`: one or more earlier spellings, as string literals.
fn read_aliases(attr: &Attribute) -> syn::Result<Vec<Text>> {
    const EXPECTED: &str = "`#[alias(…)]` takes the code's earlier spellings as string literals, such as `#[alias(\"AutoSnapshotPolicyOutOfQuota\")]`";
    let args = attr_args(attr)?;
    let aliases = Punctuated::<Text, Token![,]>::parse_terminated
        .parse2(args.tokens.clone())
        .map_err(|_| args.error(EXPECTED))?;
    if aliases.is_empty() {
        return Err(args.error(EXPECTED));
    }
    if let Some(error) = aliases.iter().find_map(Text::suffix_error) {
        return Err(error);
    }
    Ok(aliases.into_iter().collect())
}

/// The tokens inside an attribute's parentheses.
struct Args {
    tokens: TokenStream,
    /// The parentheses: where an error goes when there is nothing inside them.
    delimiter: Span,
}

impl Args {
    /// An error on the arguments, or on the empty parentheses.
    fn error(&self, message: impl std::fmt::Display) -> syn::Error {
        if self.tokens.is_empty() {
            syn::Error::new(self.delimiter, message)
        } else {
            syn::Error::new_spanned(&self.tokens, message)
        }
    }
}

fn attr_args(attr: &Attribute) -> syn::Result<Args> {
    match &attr.meta {
        syn::Meta::List(list) => Ok(Args {
            tokens: list.tokens.clone(),
            delimiter: list.delimiter.span().join(),
        }),
        _ => Err(syn::Error::new(
            path_span(attr),
            "expected parentheses: `#[name(Ident)]`, `#[kind(Kind)]` or `#[alias(\"OldCode\")]`",
        )),
    }
}

fn path_span(attr: &Attribute) -> Span {
    attr.path()
        .get_ident()
        .map_or_else(|| attr.bracket_token.span.join(), Ident::span)
}

#[cfg(test)]
mod tests {
    use crate::ctxt::assert_reported;
    use crate::valid::tests::{check_source, codes, names};
    use tc_errors_internals::kind::ErrorKind;

    #[test]
    fn an_invalid_name_attribute_says_why() {
        let (model, errors) = check_source(
            r#"enum E {
                #[name(fn)] "A" => "a",
                #[name(r#Foo)] "B" => "b",
                #[name(Ünï)] "C" => "c",
                #[name("Foo")] "D" => "d",
                #[name(Two Words)] "E" => "e",
                #[name] "F" => "f",
                #[name(G)] #[name(H)] "G" => "g",
            }"#,
        );
        let expected = [
            ("2:fn", "`fn` is reserved in Rust"),
            ("3:r#Foo", "raw identifier"),
            ("4:Ünï", "not ASCII"),
            ("5:\"Foo\"", "takes one identifier"),
            ("6:Two Words", "takes one identifier"),
            ("7:name", "expected parentheses"),
            ("8:name", "appears twice"),
        ];
        assert_reported(&errors, &expected);
        // Only the entry whose first `#[name(…)]` reads keeps a variant.
        assert_eq!(names(&model), ["G"]);
    }

    #[test]
    fn attributes_set_name_kind_and_docs() {
        let (model, errors) = check_source(
            r#"enum E {
                /// Extra.
                #[name(Lower)]
                #[kind(Transient)]
                "MissingParameter.cmq" => "  split
                   text ",
            }"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let variant = &model.variants[0];
        assert_eq!(variant.ident, "Lower");
        assert_eq!(variant.kind, ErrorKind::Transient);
        assert_eq!(variant.docs.len(), 1);
        assert_eq!(variant.english.as_deref(), Some("split text"));
    }

    #[test]
    fn unknown_attributes_and_kinds_are_reported() {
        let (model, errors) = check_source(
            r#"enum E {
                #[colour(red)] "A" => "a",
                #[kind(Sleepy)] "B" => "b",
                #[kind] "C" => "c",
                #[kind(Transient, Internal)] "D" => "d",
                #[kind(Transient)] #[kind(Internal)] "E" => "e",
            }"#,
        );
        let expected = [
            ("2:colour", "unknown attribute on an entry"),
            ("3:Sleepy", "unknown kind `Sleepy`: expected one of "),
            ("4:kind", "expected parentheses"),
            ("5:Transient, Internal", "takes one kind"),
            ("6:kind", "appears twice"),
        ];
        assert_reported(&errors, &expected);
        assert!(errors[1].1.contains("Transient"));
        assert_eq!(codes(&model), ["A", "B", "C", "D", "E"]);
        assert_eq!(model.variants[4].kind, ErrorKind::Transient);
    }
}
