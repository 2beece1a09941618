//! Turns a checked [`Model`] into Rust: the enum, its per-variant tables and the trait
//! impls. Everything per-variant is data in static arrays indexed by the discriminant;
//! the code around them has the same size whatever the number of variants.

mod versions;

use crate::model::{Model, Variant};
use crate::perfect_hash::{perfect_table, PerfectTable};
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;
use tc_errors_internals::links::{self, Site};
use tc_errors_internals::retry::Verdict;
use tc_errors_internals::table::{
    alias_string, strings_table, u16s, u32s, variant_string, Slot, NOT_COMMON,
};

pub fn expand(model: &Model) -> TokenStream {
    let Model {
        krate,
        attrs,
        vis,
        ident,
        variants,
        ..
    } = model;

    let variant_idents: Vec<_> = variants.iter().map(|v| &v.ident).collect();
    let variant_list = variant_list(model);
    // Every spelling a lookup finds: the codes, in discriminant order, then the aliases.
    let aliases: Vec<(&str, usize)> = variants
        .iter()
        .enumerate()
        .flat_map(|(i, v)| v.aliases.iter().map(move |(alias, _)| (alias.as_str(), i)))
        .collect();
    let keys: Vec<&str> = variants
        .iter()
        .map(|v| v.code.as_str())
        .chain(aliases.iter().map(|&(alias, _)| alias))
        .collect();
    // The table's texts are plain, as `description()` gives them; the docs keep links.
    let rows: Vec<_> = (variants.iter())
        .map(|v| {
            let english = links::plain(v.english.as_deref().unwrap_or(""), Site::English);
            let chinese = links::plain(v.chinese.as_deref().unwrap_or(""), Site::Chinese);
            (v, english, chinese)
        })
        .collect();
    let (strings, bounds) = strings_table(
        &rows,
        |(v, english, chinese), slot| match slot {
            Slot::Code => &v.code,
            Slot::Name => &v.name,
            Slot::English => english,
            Slot::Chinese => chinese,
        },
        aliases.iter().map(|&(alias, _)| alias),
    );
    let alias_targets = Literal::byte_string(&u16s(
        aliases
            .iter()
            .map(|&(_, i)| u16::try_from(i).unwrap_or(u16::MAX)),
    ));
    let strings = raw_string(&strings);
    // Number tables are byte strings (see `pack`): one token each, whatever the size.
    let bounds_literal = Literal::byte_string(&u32s(bounds.iter().copied()));
    // Indices into `ErrorKind::ALL`, which is in declaration order.
    let kinds: Vec<u8> = variants.iter().map(|v| v.kind as u8).collect();
    let kinds = Literal::byte_string(&kinds);
    let common: Vec<u8> = variants
        .iter()
        .map(|v| {
            v.common
                .map_or(NOT_COMMON, |i| u8::try_from(i).unwrap_or(NOT_COMMON))
        })
        .collect();
    let common = Literal::byte_string(&common);
    let from_common = model.from_common.iter().map(|&i| match i {
        // `valid` marks a common code left without a variant (its entry dropped for a
        // collision, or cut off with a catalog too large) after reporting why, so the
        // catalog does not compile and this number is never read.
        usize::MAX => u16::MAX,
        // `valid` cuts a catalog to `MAX_VARIANTS` (`u16::MAX`) variants, so a variant's
        // index fits in a `u16`.
        i => {
            debug_assert!(i < usize::from(u16::MAX), "variant {i} past the `u16` cap");
            i as u16
        }
    });
    let from_common = Literal::byte_string(&u16s(from_common));
    // Spellings are distinct after validation, so only a catalog too large for `u16`
    // indices has no table; it gets an empty one (every lookup misses) and an error.
    let (lookup, lookup_error) = match perfect_table(&keys) {
        Ok(lookup) => (lookup, None),
        Err(error) => (
            PerfectTable::default(),
            Some(syn::Error::new(ident.span(), error).to_compile_error()),
        ),
    };
    let seed = Literal::u64_suffixed(lookup.seed);
    let probes = Literal::byte_string(&lookup.probes);
    let variant_count = Literal::usize_unsuffixed(variants.len());
    let displacements = Literal::byte_string(&u16s(lookup.displacements.iter().copied()));
    // Each slot holds its key's place in the strings table, found through `bounds`.
    let slots = Literal::byte_string(&lookup.entries(&keys, |index| {
        let string = match index.checked_sub(variants.len()) {
            None => variant_string(variants.len(), index, Slot::Code),
            Some(alias) => alias_string(variants.len(), alias),
        };
        bounds[string]
    }));
    let actions = versions::action_table(model);

    // The trait impls are the same for every enum: the runtime's `macro_rules!` writes
    // them, which the compiler does natively (see `trait_impls.rs` there).
    let with_common = model.borrows_common_texts().then(|| quote!(common));
    let common_texts = match with_common {
        Some(_) => quote!(::core::option::Option::Some(
            <#krate::CommonError as #krate::ErrorCode>::CODE_TABLE
        )),
        None => quote!(::core::option::Option::None),
    };

    // Rust rejects `#[repr(u16)]` on a zero-variant enum (E0084); without it an empty
    // catalog is an uninhabited enum, for which the trait impls' casts still compile.
    let repr = (!variants.is_empty()).then(|| quote!(#[repr(u16)]));

    quote! {
        #(#attrs)*
        #repr
        #[allow(non_camel_case_types)]
        #vis enum #ident {
            #variant_list
        }

        // The API is the trait's methods: one `impl` instead of a forwarding copy of each
        // method per enum, a tenth of the build time of a crate of hundreds of catalogs.
        #[automatically_derived]
        impl #krate::ErrorCode for #ident {
            // Paths through the enum's name, which the compiler resolves before type
            // checking: `Self::A` waits for it, at three times the cost.
            const ALL: &'static [Self] = &[#(#ident::#variant_idents),*];

            // A static rather than a constant's own allocation, so that every use of the
            // constant, in any crate, refers to the one copy of the tables.
            const CODE_TABLE: &'static #krate::CodeTable = {
                static TABLE: #krate::CodeTable = #krate::CodeTable {
                    variants: #variant_count,
                    strings: #strings,
                    bounds: #bounds_literal,
                    aliases: #alias_targets,
                    kinds: #kinds,
                    common: #common,
                    from_common: #from_common,
                    common_texts: #common_texts,
                    lookup: #krate::__private::Lookup {
                        seed: #seed,
                        probes: #probes,
                        displacements: #displacements,
                        slots: #slots,
                    },
                    actions: #actions,
                };
                &TABLE
            };

            #[inline]
            fn __index(self) -> usize {
                self as usize
            }
        }

        #krate::__private::trait_impls! { #with_common #ident }
        #lookup_error
    }
}

/// The variants, each after its docs: `#[doc = "…"] Name,`. The trees are built one by
/// one and joined once, rather than through a `quote!` per variant, which the
/// unoptimised macro pays for in bridge calls that join tens of thousands of streams.
fn variant_list(model: &Model) -> TokenStream {
    let mut trees: Vec<TokenTree> = Vec::with_capacity(model.variants.len() * 4);
    for v in &model.variants {
        let (mut head, tail) = variant_docs(v, model.borrows_texts(v));
        // As few doc attributes as the docs allow: the compiler stores each one, and a
        // big catalog has thousands of variants. Rustdoc joins attributes with a line break.
        if v.docs.is_empty() {
            head.push('\n');
            head.push_str(&tail);
            push_doc(&mut trees, &head);
        } else {
            push_doc(&mut trees, &head);
            trees.extend(v.docs.iter().flat_map(|doc| doc.clone()));
            push_doc(&mut trees, &tail);
        }
        trees.push(TokenTree::Ident(v.ident.clone()));
        trees.push(TokenTree::Punct(Punct::new(',', Spacing::Alone)));
    }
    trees.into_iter().collect()
}

/// Appends `#[doc = "text"]`.
fn push_doc(trees: &mut Vec<TokenTree>, text: &str) {
    let attr: TokenStream = [
        TokenTree::Ident(Ident::new("doc", Span::call_site())),
        TokenTree::Punct(Punct::new('=', Spacing::Alone)),
        TokenTree::Literal(raw_string(text)),
    ]
    .into_iter()
    .collect();
    trees.push(TokenTree::Punct(Punct::new('#', Spacing::Alone)));
    trees.push(TokenTree::Group(Group::new(Delimiter::Bracket, attr)));
}

/// `text` as a raw string literal, which needs no escaping: `Literal::string` runs
/// `char::escape_debug` on every character, slow on Chinese text, and a catalog's strings
/// table holds all of its texts. The compiler lexes the raw string instead.
fn raw_string(text: &str) -> Literal {
    raw_string_source(text)
        .and_then(|source| lex_literal(&source))
        .unwrap_or_else(|| Literal::string(text))
}

/// The literal whose source is `source`, lexed by the compiler. proc-macro2's
/// `Literal::from_str` would first lex it with proc-macro2's own lexer, which in the
/// unoptimised macro costs twice what the compiler's does, to decide what the compiler
/// decides anyway. Outside a macro (unit tests) there is only proc-macro2's.
fn lex_literal(source: &str) -> Option<Literal> {
    if !proc_macro::is_available() {
        return source.parse().ok();
    }
    let literal: proc_macro::Literal = source.parse().ok()?;
    let stream = proc_macro::TokenStream::from(proc_macro::TokenTree::Literal(literal));
    match TokenStream::from(stream).into_iter().next() {
        Some(TokenTree::Literal(literal)) => Some(literal),
        _ => None,
    }
}

/// The source of a raw string literal of `text`, with enough `#`s that no quote in it
/// closes the literal; `None` for a text that the compiler rejects in a raw string (a
/// carriage return, a character that changes the direction of text) or that would need
/// more `#`s than the lexer takes. The lexer reports those as errors of the user's build
/// rather than failing the parse, so they must not reach it.
fn raw_string_source(text: &str) -> Option<String> {
    let hashes = raw_string_hashes(text.as_bytes())?;
    if hashes > 255 {
        return None;
    }
    let mut source = String::with_capacity(text.len() + 2 * hashes + 3);
    source.push('r');
    source.extend(std::iter::repeat_n('#', hashes));
    source.push('"');
    source.push_str(text);
    source.push('"');
    source.extend(std::iter::repeat_n('#', hashes));
    Some(source)
}

/// How many `#`s a raw string of `text` needs: one more than the longest run of them
/// after a quote, none without a quote. `None` if `text` has a carriage return or a
/// character that changes the direction of text (U+202A–U+202E, U+2066–U+2069), which
/// rustc denies raw in a literal. One plain loop over the bytes: the macro runs
/// unoptimised, where `str::contains` costs tens of instructions a character.
fn raw_string_hashes(text: &[u8]) -> Option<usize> {
    let mut hashes = 0;
    let mut at = 0;
    while at < text.len() {
        match text[at] {
            b'\r' => return None,
            b'"' => {
                let mut run = 0;
                while text.get(at + 1 + run) == Some(&b'#') {
                    run += 1;
                }
                hashes = hashes.max(run + 1);
            }
            0xE2 if at + 2 < text.len() => {
                let (second, third) = (text[at + 1], text[at + 2]);
                if (second == 0x80 && (0xAA..=0xAE).contains(&third))
                    || (second == 0x81 && (0xA6..=0xA9).contains(&third))
                {
                    return None;
                }
            }
            _ => {}
        }
        at += 1;
    }
    Some(hashes)
}

/// A variant's docs: its own texts (or a word that none is published, or where the common
/// set's are), and a last paragraph with the code, its kind, the verdict of its retry
/// advice (the runtime's wording) and its earlier spellings.
fn variant_docs(v: &Variant, borrows_texts: bool) -> (String, String) {
    let mut head = String::new();
    for (text, site) in [(&v.english, Site::English), (&v.chinese, Site::Chinese)] {
        if let Some(text) = text {
            head.push_str(&links::rustdoc(text, site));
            head.push_str("\n\n");
        }
    }
    // Not the common texts themselves: one short line instead of the same texts in
    // every catalog keeps a crate of hundreds of catalogs quicker to build.
    if borrows_texts && head.is_empty() {
        head = format!(
            "The common code: its texts are those of `CommonError::{}`.\n\n",
            v.name
        );
    } else if borrows_texts {
        head.push_str(&format!(
            "In the other language, the text of `CommonError::{}`.\n\n",
            v.name
        ));
    } else if head.is_empty() {
        head.push_str("No description is published for this code.\n\n");
    }
    let verdict = Verdict::of_code(&v.code, v.kind);
    let mut tail = format!("\nCode `{}`; kind `{}`, {verdict}.", v.code, v.kind.name());
    if !v.aliases.is_empty() {
        let spellings: Vec<String> = v.aliases.iter().map(|(a, _)| format!("`{a}`")).collect();
        tail.push_str(&format!(" Earlier spelling: {}.", spellings.join(", ")));
    }
    (head, tail)
}

#[cfg(test)]
mod tests {
    use super::raw_string_source;
    use crate::expand_tokens;

    #[test]
    fn a_raw_string_holds_any_text_but_a_carriage_return() {
        for text in [
            "",
            "InvalidDisk.Busy云盘正忙。",
            "you’ve — “quoted” …",
            r#"say "hi""#,
            r##"a "# inside"##,
            r###"two "## of them"###,
            r####"runs "# and "### and "##"####,
            "\"",
            r"back\slash \n",
            "line\nbreak",
        ] {
            let source = raw_string_source(text).expect("a raw string");
            let literal: syn::LitStr = syn::parse_str(&source).expect("a string literal");
            assert_eq!(literal.value(), text, "{source}");
        }
        for text in [
            "a\rb",
            "a\u{202a}b",
            "a\u{202e}b",
            "\u{2066}isolate",
            "end\u{2069}",
        ] {
            assert_eq!(raw_string_source(text), None, "{text:?}");
        }
        // The lexer takes at most 255 `#`s.
        let quote_and_hashes = |n| format!("\"{}", "#".repeat(n));
        assert!(raw_string_source(&quote_and_hashes(254)).is_some());
        assert_eq!(raw_string_source(&quote_and_hashes(255)), None);
    }

    #[test]
    fn the_table_has_plain_texts_and_the_docs_absolute_links() {
        let input = r#"[crate] common {}
        pub enum E { "A" => "See [API](/document/api)." / "见[API](/document/api)。", }"#;
        let output = expand_tokens(input.parse().expect("lexes")).to_string();
        for expected in [
            "See API (https://www.tencentcloud.com/document/api).见API (https://cloud.tencent.com/document/api)。",
            "See [API](https://www.tencentcloud.com/document/api).",
            "见[API](https://cloud.tencent.com/document/api)。",
        ] {
            assert!(output.contains(expected), "{expected} in {output}");
        }
        assert!(!output.contains("](/"), "{output}");
    }

    #[test]
    fn a_common_code_left_without_a_variant_expands_with_its_error() {
        // The relisted `InternalError` loses the name `A` to the first entry, so no
        // variant is the common `InternalError`: its `from_common` slot is the marker.
        let input = r#"[crate] common {
            "InvalidParameter" => "Incorrect parameter.",
            "InternalError" => "Internal error.",
        }
        pub enum E { use common; "A" => "a", #[name(A)] "InternalError" => "b", }"#;
        let output = expand_tokens(input.parse().expect("lexes")).to_string();
        assert!(
            output.contains(r#"from_common : b"\x01\0\xFF\xFF""#),
            "{output}"
        );
        assert!(output.contains("compile_error"), "{output}");
    }
}
