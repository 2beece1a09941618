//! Reads a version block, `version "YYYY-MM-DD" { #[attrs] Action => "Code Code", … }`,
//! action by action: like the body, a broken action is recorded and reading resumes after
//! its comma, so one build reports every mistake.

use super::separators::{end_item, skip_past_separator};
use super::{Action, ActionName, Text, VersionBlock};
use proc_macro2::{Delimiter, Spacing, TokenTree};
use syn::buffer::Cursor;
use syn::parse::ParseStream;
use syn::{braced, Attribute, Ident, Token};

/// The word that opens a version block. Not a Rust keyword, so it is an identifier,
/// which nothing else in a body starts with.
const KEYWORD: &str = "version";

/// Whether the next token opens a version block.
pub(super) fn starts_block(input: ParseStream) -> bool {
    input
        .cursor()
        .ident()
        .is_some_and(|(ident, _)| ident == KEYWORD)
}

impl VersionBlock {
    /// Reads a block whose keyword is next. Never fails: a broken header is recorded in
    /// `errors` and skipped with the braces after it (`None`); a broken action inside is
    /// recorded and the others are read.
    pub(super) fn parse(input: ParseStream, errors: &mut Vec<syn::Error>) -> Option<Self> {
        match Self::parse_strictly(input, errors) {
            Ok(block) => Some(block),
            Err(error) => {
                errors.push(error);
                skip_past_braces(input);
                None
            }
        }
    }

    /// Reads a block; a broken header is its error, a broken action is recorded.
    fn parse_strictly(input: ParseStream, errors: &mut Vec<syn::Error>) -> syn::Result<Self> {
        input.parse::<Ident>()?;
        let version: Text = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the API version as a string literal: `version \"2017-03-12\" { … }`",
            )
        })?;
        if !input.peek(syn::token::Brace) {
            return Err(input.error(
                "expected the version's actions in braces: `version \"2017-03-12\" { DescribeInstances => \"InvalidParameter\", }`",
            ));
        }
        errors.extend(version.suffix_error());
        let content;
        braced!(content in input);
        Ok(VersionBlock {
            version,
            actions: parse_actions(&content, errors),
        })
    }
}

/// The actions of a block's braces.
fn parse_actions(input: ParseStream, errors: &mut Vec<syn::Error>) -> Vec<Action> {
    let mut actions = Vec::new();
    while !input.is_empty() {
        let plain = input.step(|cursor| {
            Ok(match plain_action(*cursor) {
                Some((action, rest)) => (Some(action), rest),
                None => (None, *cursor),
            })
        });
        if let Ok(Some(action)) = plain {
            actions.push(action);
            continue;
        }
        match Action::parse(input, errors) {
            Ok(action) => actions.push(action),
            Err(error) => {
                errors.push(error);
                skip_past_separator(input);
            }
        }
    }
    actions
}

/// The action at `cursor` and the tokens after it, when it is plain and well formed:
/// `Name => "codes",` (the comma optional at the end), no attributes, a name that starts
/// with a capital letter (as Tencent's do; no keyword does but `Self`), and a literal
/// without suffix. Token by token: syn's parser costs the unoptimised macro several times
/// as much, for each of the 16,075 actions of the shipped catalogs. Any other action is
/// left to [`Action::parse`], which reads or reports it.
fn plain_action(cursor: Cursor) -> Option<(Action, Cursor)> {
    let (name, rest) = cursor.ident()?;
    let spelled = name.to_string();
    if !matches!(spelled.as_bytes().first(), Some(b'A'..=b'Z')) || spelled == "Self" {
        return None;
    }
    let (arrow, rest) = rest.punct()?;
    if arrow.as_char() != '=' || arrow.spacing() != Spacing::Joint {
        return None;
    }
    let (arrow, rest) = rest.punct()?;
    if arrow.as_char() != '>' {
        return None;
    }
    let (literal, rest) = rest.literal()?;
    let codes = Text::from_literal(&literal)?;
    if !codes.suffix().is_empty() {
        return None;
    }
    let rest = match rest.punct() {
        Some((comma, after)) if comma.as_char() == ',' => after,
        _ if rest.eof() => rest,
        _ => return None,
    };
    let action = Action {
        attrs: Vec::new(),
        name: ActionName::Named(name),
        codes,
    };
    Some((action, rest))
}

impl Action {
    /// `#[attrs] Name => "codes"` and the comma after it. A suffix on the literal or a
    /// missing comma before an intact action is recorded in `errors` and the action kept.
    fn parse(input: ParseStream, errors: &mut Vec<syn::Error>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let name = match input.parse::<Option<Token![_]>>()? {
            Some(underscore) => ActionName::Unlisted(underscore),
            None => ActionName::Named(input.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected an action's name, such as `DescribeInstances`, or `_` for the codes no action lists",
                )
            })?),
        };
        input.parse::<Token![=>]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `=>` between the action and its codes: `DescribeInstances => \"InvalidParameter ResourceNotFound\"`",
            )
        })?;
        let codes: Text = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the action's codes as one string literal, separated by spaces: `\"InvalidParameter ResourceNotFound\"`, or `\"\"` for none",
            )
        })?;
        errors.extend(codes.suffix_error());
        end_item(
            input,
            errors,
            "expected `,` after the action: every action ends with a comma",
            starts_action,
        )?;
        Ok(Action { attrs, name, codes })
    }
}

/// Whether the next tokens can start an action: attributes, a name or `_`.
fn starts_action(input: ParseStream) -> bool {
    input.peek(Token![#]) || input.peek(Ident) || input.peek(Token![_])
}

/// Skips a block whose header is broken: every token up to and including the next
/// braces (the block's actions, which cannot be read without their version).
fn skip_past_braces(input: ParseStream) {
    while let Ok(token) = input.parse::<TokenTree>() {
        if matches!(&token, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::plain_action;
    use crate::ast::{Action, ActionName, Body};
    use crate::ctxt::{located, places};
    use syn::buffer::TokenBuffer;
    use syn::parse::{ParseStream, Parser};

    /// An action as `name=codes`.
    fn shown(action: &Action) -> String {
        match &action.name {
            ActionName::Named(ident) => format!("{ident}={}", action.codes.value()),
            ActionName::Unlisted(_) => format!("_={}", action.codes.value()),
        }
    }

    #[test]
    fn a_plain_action_reads_as_syn_reads_it_and_the_rest_are_left_to_syn() {
        for source in [
            r#"DescribeA => "A B","#,
            r#"RunB => """#,
            r#"C9 => "A\x20B","#,
        ] {
            let buffer = TokenBuffer::new2(source.parse().expect("lexes"));
            let (plain, rest) = plain_action(buffer.begin()).expect(source);
            assert!(rest.eof(), "{source}");
            let mut errors = Vec::new();
            let parsed = (|input: ParseStream| Action::parse(input, &mut errors))
                .parse_str(source)
                .expect(source);
            assert!(errors.is_empty(), "{source}");
            assert_eq!(shown(&plain), shown(&parsed));
            assert!(plain.attrs.is_empty() && parsed.attrs.is_empty());
        }
        for source in [
            r#"_ => "A","#,
            r#"Self => "A","#,
            r#"fn => "A","#,
            r#"r#Raw => "A","#,
            r#"describeA => "A","#,
            r#"#[client_token] RunA => "A","#,
            r#"RunA = > "A","#,
            r#"RunA => "A"x,"#,
            r#"RunA => b"A","#,
            r#"RunA => A,"#,
            r#"RunA => "A" RunB => "B""#,
            r#"RunA => "A";"#,
        ] {
            let buffer = TokenBuffer::new2(source.parse().expect("lexes"));
            assert!(plain_action(buffer.begin()).is_none(), "{source}");
        }
    }

    /// Reads the body `source`; each block as `version: Name=codes …` (`_` for the
    /// unlisted codes, `+` before an action with attributes), and the errors as
    /// `("line:token", message)`.
    fn read(source: &str) -> (Vec<String>, Vec<(String, String)>) {
        let body: Body = syn::parse_str(source).expect("a body always parses");
        let blocks = body
            .versions
            .iter()
            .map(|block| {
                let actions: Vec<String> = block
                    .actions
                    .iter()
                    .map(|action| {
                        let name = match &action.name {
                            ActionName::Named(ident) => ident.to_string(),
                            ActionName::Unlisted(_) => "_".to_owned(),
                        };
                        let marked = if action.attrs.is_empty() { "" } else { "+" };
                        format!("{marked}{name}={}", action.codes.value())
                    })
                    .collect();
                format!("{}: {}", block.version.value(), actions.join(" "))
            })
            .collect();
        (blocks, located(body.errors))
    }

    #[test]
    fn blocks_follow_the_entries() {
        let (blocks, errors) = read(
            r#"
            use common;
            "A" => "a",
            version "2018-05-25" {
                DescribeA => "A InternalError",
                #[client_token]
                CreateA => "",
                _ => "A",
            }
            version "2022-05-01" {}
            "#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            blocks,
            [
                "2018-05-25: DescribeA=A InternalError +CreateA= _=A",
                "2022-05-01: "
            ]
        );
    }

    #[test]
    fn an_entry_after_a_block_is_an_error_and_kept() {
        let body: Body = syn::parse_str(
            r#"
            "A" => "a",
            version "2018-05-25" { DescribeA => "A", }
            "B" => "b",
            use common;
            "#,
        )
        .expect("a body always parses");
        assert_eq!(body.items.len(), 3);
        let errors = located(body.errors);
        assert_eq!(places(&errors), ["4:\"B\"", "5:use"]);
        assert!(errors[0]
            .1
            .contains("come before the version blocks: move this above `version \"2018-05-25\"`"));
    }

    #[test]
    fn a_broken_action_is_skipped_and_the_others_are_read() {
        let (blocks, errors) = read(
            r#"
            version "2018-05-25" {
                "DescribeA" => "A",
                DescribeB "B",
                DescribeC => B,
                DescribeD => "D"x,
                DescribeE => "E"
                DescribeF => "F"
            }
            "#,
        );
        assert_eq!(blocks, ["2018-05-25: DescribeD=D DescribeE=E DescribeF=F"]);
        assert_eq!(
            places(&errors),
            [
                "3:\"DescribeA\"",
                "4:\"B\"",
                "5:B",
                "6:\"D\"x",
                "8:DescribeF"
            ]
        );
        assert!(errors[0].1.starts_with("expected an action's name"));
        assert!(errors[1].1.starts_with("expected `=>` between the action"));
        assert!(errors[2].1.starts_with("expected the action's codes"));
        assert!(errors[3].1.starts_with("string literals take no suffix"));
        assert!(errors[4].1.starts_with("expected `,` after the action"));
    }

    #[test]
    fn a_broken_header_skips_its_block_and_the_next_is_read() {
        let (blocks, errors) = read(
            r#"
            version 2018-05-25 { DescribeA => "A", }
            #[doc = "x"]
            version "2019-01-01" Describe => "A",
            { DescribeB => "B", }
            version "2020-01-01"x { DescribeC => "C", }
            "A" => "a",
            "#,
        );
        assert_eq!(blocks, ["2020-01-01: DescribeC=C"]);
        assert_eq!(
            places(&errors),
            [
                "2:2018",
                "3:#",
                "4:Describe",
                "6:\"2020-01-01\"x",
                "7:\"A\""
            ]
        );
        assert!(errors[0].1.starts_with("expected the API version"));
        assert!(errors[1].1.contains("takes no attributes"));
        assert!(errors[2]
            .1
            .starts_with("expected the version's actions in braces"));
    }

    #[test]
    fn a_missing_comma_before_a_block_keeps_the_entry() {
        let (blocks, errors) = read(r#""A" => "a" version "2018-05-25" { DescribeA => "A" }"#);
        assert_eq!(blocks, ["2018-05-25: DescribeA=A"]);
        assert_eq!(places(&errors), ["1:version"]);
    }
}
