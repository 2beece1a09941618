//! The rules for error-code text: which codes are well formed, and the variant name a
//! code gets.
//!
//! Pure functions, used by the macro and by the importer, so that a generated
//! `tc_errors!` block names variants exactly as the macro will.

use std::fmt;

/// Why a code string is not a well-formed error code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// The code is the empty string.
    Empty,
    /// The code has white space inside it or around it.
    Whitespace,
    /// The code has a character outside `[A-Za-z0-9_.]`.
    BadChar(char),
    /// The code starts with a `.`.
    LeadingDot,
    /// The code has `..`.
    DoubleDot,
    /// The code's first character is not an ASCII letter.
    FirstNotLetter(char),
}

impl fmt::Display for CodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeProblem::Empty => f.write_str("error code is empty"),
            CodeProblem::Whitespace => {
                f.write_str("error code contains white space; codes are `Category.Detail`")
            }
            CodeProblem::BadChar(c) => write!(
                f,
                "error code contains {c:?}; codes use only ASCII letters, digits, `_` and `.`"
            ),
            CodeProblem::LeadingDot => f.write_str("error code starts with `.`"),
            CodeProblem::DoubleDot => f.write_str("error code contains `..` (an empty segment)"),
            CodeProblem::FirstNotLetter(c) => {
                write!(
                    f,
                    "error code starts with {c:?}; codes start with an ASCII letter"
                )
            }
        }
    }
}

/// Checks that `code` is a well-formed Tencent Cloud error code: `[A-Za-z0-9_.]+`,
/// starting with a letter, with no empty segment except a trailing one (the API really
/// returns `UnsupportedOperation.`).
pub fn check_code(code: &str) -> Result<(), CodeProblem> {
    if is_well_formed(code.as_bytes()) {
        Ok(())
    } else {
        problem(code)
    }
}

/// What is wrong with `code`, checked rule by rule in the order the problems are reported.
fn problem(code: &str) -> Result<(), CodeProblem> {
    let first = code.chars().next().ok_or(CodeProblem::Empty)?;
    if code.chars().any(char::is_whitespace) {
        return Err(CodeProblem::Whitespace);
    }
    if let Some(bad) = code
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
    {
        return Err(CodeProblem::BadChar(bad));
    }
    if first == '.' {
        return Err(CodeProblem::LeadingDot);
    }
    if code.contains("..") {
        return Err(CodeProblem::DoubleDot);
    }
    if !first.is_ascii_alphabetic() {
        return Err(CodeProblem::FirstNotLetter(first));
    }
    Ok(())
}

/// Whether `code` is well formed, in one pass over its bytes: the macro checks every code
/// of every catalog unoptimised, and finds the problem of the rare bad one in `check_code`.
fn is_well_formed(code: &[u8]) -> bool {
    let Some(first) = code.first() else {
        return false;
    };
    let mut after_dot = false;
    first.is_ascii_alphabetic()
        && code.iter().all(|&byte| {
            let dot = byte == b'.';
            let ok = byte.is_ascii_alphanumeric() || byte == b'_' || (dot && !after_dot);
            after_dot = dot;
            ok
        })
}

/// The variant name of a well-formed code: the dots dropped and the first letter of each
/// segment upper-cased, the rest kept as written (`InvalidDisk.Busy` → `InvalidDiskBusy`,
/// `InternalError.ES` → `InternalErrorES`, `MissingParameter.cmq` → `MissingParameterCmq`).
pub fn variant_name(code: &str) -> String {
    let mut name = String::with_capacity(code.len());
    let mut segment_start = true;
    for c in code.chars() {
        if c == '.' {
            segment_start = true;
        } else if segment_start {
            name.push(c.to_ascii_uppercase());
            segment_start = false;
        } else {
            name.push(c);
        }
    }
    name
}

/// Whether `name` can be a variant name: a Rust identifier that is not a keyword.
pub fn is_valid_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    starts_well
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !is_keyword(name)
}

fn is_keyword(name: &str) -> bool {
    // Only the keywords a capitalised name can spell matter for generated names, but a
    // `#[name(…)]` is written by hand, so check them all.
    const KEYWORDS: &[&str] = &[
        "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    // Every keyword but `Self` starts with a lower-case letter, and generated names with
    // an upper-case one: most names need no comparison.
    (name == "Self" || name.starts_with(|c: char| c.is_ascii_lowercase()))
        && KEYWORDS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_rule() {
        assert_eq!(variant_name("InvalidDisk.Busy"), "InvalidDiskBusy");
        assert_eq!(variant_name("InternalError.ES"), "InternalErrorES");
        assert_eq!(variant_name("MissingParameter.cmq"), "MissingParameterCmq");
        assert_eq!(
            variant_name("UnsupportedOperation."),
            "UnsupportedOperation"
        );
        assert_eq!(
            variant_name("InvalidParameterValue.attributeKey"),
            "InvalidParameterValueAttributeKey"
        );
        assert_eq!(variant_name("Foo.2xx_bar"), "Foo2xx_bar");
        assert_eq!(variant_name("ZoneNotMatch"), "ZoneNotMatch");
    }

    #[test]
    fn well_formed_codes_pass() {
        for code in [
            "A",
            "InvalidDisk.Busy",
            "UnsupportedOperation.",
            "Foo_bar.1x",
            "a.B.c",
        ] {
            assert_eq!(check_code(code), Ok(()), "{code}");
        }
    }

    #[test]
    fn malformed_codes_say_why() {
        assert_eq!(check_code(""), Err(CodeProblem::Empty));
        assert_eq!(check_code(" InvalidDisk"), Err(CodeProblem::Whitespace));
        assert_eq!(check_code("Invalid Disk"), Err(CodeProblem::Whitespace));
        assert_eq!(check_code("Invalid-Disk"), Err(CodeProblem::BadChar('-')));
        assert_eq!(check_code("Invalidé"), Err(CodeProblem::BadChar('é')));
        assert_eq!(check_code(".Busy"), Err(CodeProblem::LeadingDot));
        assert_eq!(check_code("A..B"), Err(CodeProblem::DoubleDot));
        assert_eq!(check_code("1A"), Err(CodeProblem::FirstNotLetter('1')));
        assert_eq!(check_code("_A"), Err(CodeProblem::FirstNotLetter('_')));
        assert!(CodeProblem::BadChar('-').to_string().contains("'-'"));
    }

    #[test]
    fn the_one_pass_check_agrees_with_the_rules() {
        for code in [
            "",
            "A",
            "a",
            "InvalidDisk.Busy",
            "UnsupportedOperation.",
            "Foo_bar.1x",
            "a.B.c",
            " A",
            "A B",
            "A-B",
            "Aé",
            ".A",
            "A..B",
            "A.",
            "A...",
            "1A",
            "_A",
            "A\u{3000}",
        ] {
            assert_eq!(
                is_well_formed(code.as_bytes()),
                problem(code).is_ok(),
                "{code:?}"
            );
        }
    }

    #[test]
    fn variant_names_are_identifiers() {
        assert!(!is_valid_variant_name("type"));
        assert!(is_valid_variant_name("Type"));
        assert!(is_valid_variant_name("InvalidDiskBusy"));
        assert!(is_valid_variant_name("_Private"));
        assert!(!is_valid_variant_name("Self"));
        assert!(!is_valid_variant_name("_"));
        assert!(!is_valid_variant_name("9Lives"));
        assert!(!is_valid_variant_name("Has-Dash"));
        assert!(!is_valid_variant_name(""));
    }
}
