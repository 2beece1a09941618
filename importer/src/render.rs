//! Writing a [`Page`] as a catalog module: the `//!` line, then the `tc_errors!` block.

use crate::model::{Entry, Page};
use std::fmt::{self, Write as _};
use tc_errors_internals::escape::Escaped;
use tc_errors_internals::naming::is_valid_variant_name;
use tc_errors_internals::text::fold_whitespace;

/// What the module says about itself: the service, the enum's name, and the words of the
/// first line (`Cloud Block Storage (`cbs`) error codes, API version 2017-03-12.`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    service: String,
    enum_name: String,
    title: Option<String>,
    api_versions: Vec<String>,
}

/// Why a [`Header`] cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// The service name is empty or has a character other than an ASCII letter, digit,
    /// `-` or `_`.
    BadService(String),
    /// The enum name is not an identifier.
    BadEnumName(String),
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::BadService(service) => write!(
                f,
                "bad service name {service:?}: use the short name of the API endpoint, such as `cbs`"
            ),
            HeaderError::BadEnumName(name) => {
                write!(f, "bad enum name {name:?}: expected an identifier such as `CbsError`")
            }
        }
    }
}

impl std::error::Error for HeaderError {}

impl Header {
    /// The header of the catalog of `service` (`cbs`), whose enum is `enum_name`, or by
    /// default the service's name in upper camel case followed by `Error` (`CbsError`).
    pub fn new(service: &str, enum_name: Option<&str>) -> Result<Header, HeaderError> {
        let well_formed = !service.is_empty()
            && service
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            return Err(HeaderError::BadService(service.to_owned()));
        }
        let enum_name = enum_name.map_or_else(|| default_enum_name(service), str::to_owned);
        if !is_valid_variant_name(&enum_name) {
            return Err(HeaderError::BadEnumName(enum_name));
        }
        Ok(Header {
            service: service.to_owned(),
            enum_name,
            title: None,
            api_versions: Vec::new(),
        })
    }

    /// The service's full name, such as `Cloud Block Storage`.
    #[must_use]
    pub fn title(mut self, title: &str) -> Header {
        self.title = Some(fold_whitespace(title)).filter(|title| !title.is_empty());
        self
    }

    /// The API version the page documents, such as `2017-03-12`.
    #[must_use]
    pub fn api_version(self, version: &str) -> Header {
        self.api_versions([version])
    }

    /// The API versions the catalog covers, oldest first (`2018-05-25`, `2022-05-01`).
    #[must_use]
    pub fn api_versions<'a>(mut self, versions: impl IntoIterator<Item = &'a str>) -> Header {
        self.api_versions = versions
            .into_iter()
            .map(fold_whitespace)
            .filter(|v| !v.is_empty())
            .collect();
        self
    }

    /// The enum's name.
    pub fn enum_name(&self) -> &str {
        &self.enum_name
    }

    /// The sentence that heads the module and documents the enum.
    pub fn sentence(&self) -> String {
        let mut sentence = match &self.title {
            Some(title) => format!("{title} (`{}`) error codes", self.service),
            None => format!("`{}` error codes", self.service),
        };
        match &self.api_versions[..] {
            [] => {}
            [version] => {
                sentence.push_str(", API version ");
                sentence.push_str(version);
            }
            [earlier @ .., last] => {
                sentence.push_str(", API versions ");
                sentence.push_str(&earlier.join(", "));
                sentence.push_str(" and ");
                sentence.push_str(last);
            }
        }
        sentence.push('.');
        sentence
    }
}

/// `cloud-audit` → `CloudAuditError`.
pub(crate) fn default_enum_name(service: &str) -> String {
    let mut name: String = service
        .split(['-', '_'])
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect();
    name.push_str("Error");
    name
}

impl Page {
    /// The catalog module: a `//!` line, then the `tc_errors!` block (the layout of this
    /// crate's own catalog modules).
    ///
    /// Whatever the page and the header hold, the module compiles: string literals
    /// escape `"`, `\`, control characters and the invisible and bidirectional ones
    /// (`\u{202e}`, which rustc refuses raw in a literal or a comment), and doc comments
    /// show those characters as the same escapes, as text.
    pub fn render(&self, header: &Header) -> String {
        self.render_with(header, "")
    }

    /// [`render`](Self::render), with `tail` (lines of the block, indented, such as the
    /// `version` blocks) after the entries.
    pub(crate) fn render_with(&self, header: &Header, tail: &str) -> String {
        let sentence = Escaped(header.sentence());
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = writeln!(out, "//! {sentence}\n");
        let _ = writeln!(out, "tc_errors::tc_errors! {{");
        let _ = writeln!(out, "    /// {sentence}");
        let _ = writeln!(out, "    #[non_exhaustive]");
        let _ = writeln!(out, "    pub enum {} {{", header.enum_name);
        if self.uses_common {
            let _ = writeln!(out, "        use common;");
            if !self.entries.is_empty() {
                out.push('\n');
            }
        }
        for entry in &self.entries {
            for doc in &entry.docs {
                let _ = writeln!(out, "        /// {}", Escaped(doc));
            }
            if let Some(name) = &entry.name {
                let _ = writeln!(out, "        #[name({name})]");
            }
            if let Some(kind) = entry.kind {
                let _ = writeln!(out, "        #[kind({})]", kind.name());
            }
            if !entry.aliases.is_empty() {
                let aliases: Vec<String> =
                    entry.aliases.iter().map(|a| string_literal(a)).collect();
                let _ = writeln!(out, "        #[alias({})]", aliases.join(", "));
            }
            let _ = writeln!(out, "        {},", entry_line(entry));
        }
        out.push_str(tail);
        out.push_str("    }\n}\n");
        out
    }
}

/// `"Code" => "English" / "中文"`, or its shorter form for the texts the entry has.
fn entry_line(entry: &Entry) -> String {
    let code = string_literal(&entry.code);
    match (&entry.english, &entry.chinese) {
        (Some(english), Some(chinese)) => format!(
            "{code} => {} / {}",
            string_literal(english),
            string_literal(chinese)
        ),
        (Some(english), None) => format!("{code} => {}", string_literal(english)),
        (None, Some(chinese)) => format!("{code} => _ / {}", string_literal(chinese)),
        (None, None) => code,
    }
}

/// `text` as a Rust string literal: `"` and `\` escaped, and every character that is not
/// [inert](is_inert) written as its escape.
fn string_literal(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    let mut rest = text;
    while let Some(at) = rest.find(['"', '\\']) {
        let _ = write!(literal, "{}\\{}", Escaped(&rest[..at]), &rest[at..=at]);
        rest = &rest[at + 1..];
    }
    let _ = write!(literal, "{}", Escaped(rest));
    literal.push('"');
    literal
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_errors::ErrorKind;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string_literal("plain"), "\"plain\"");
        assert_eq!(
            string_literal("see the \"message\" field \\ here"),
            r#""see the \"message\" field \\ here""#
        );
        assert_eq!(string_literal("a\tb\u{7}c’"), "\"a\\tb\\u{7}c’\"");
        assert_eq!(
            string_literal("x\u{202e}y\u{2066}\u{200f}\u{7f}\"\\"),
            r#""x\u{202e}y\u{2066}\u{200f}\u{7f}\"\\""#
        );
    }

    #[test]
    fn bidirectional_characters_never_reach_the_module_raw() {
        let page = Page {
            uses_common: false,
            entries: vec![Entry {
                line: 3,
                code: "A.B".into(),
                english: Some("Reads \u{202e}backwards\u{202c}.".into()),
                chinese: None,
                aliases: Vec::new(),
                docs: vec!["Error type: \u{2067}x\u{2069}\u{1b}.".into()],
                name: None,
                kind: None,
            }],
            diagnostics: Vec::new(),
        };
        let header = Header::new("x", None)
            .unwrap()
            .title("Evil\u{202e} \u{200e}Title");
        let module = page.render(&header);
        assert!(
            module
                .chars()
                .all(|c| c == '\n' || tc_errors_internals::escape::is_inert(c)),
            "{module}"
        );
        assert!(module.starts_with("//! Evil\\u{202e} \\u{200e}Title (`x`) error codes.\n"));
        assert!(module.contains("        /// Error type: \\u{2067}x\\u{2069}\\u{1b}.\n"));
        assert!(module.contains(r#""A.B" => "Reads \u{202e}backwards\u{202c}.","#));
    }

    #[test]
    fn headers_check_their_names() {
        assert_eq!(Header::new("cbs", None).unwrap().enum_name(), "CbsError");
        assert_eq!(
            Header::new("cloud-audit", None).unwrap().enum_name(),
            "CloudAuditError"
        );
        assert_eq!(
            Header::new("cbs", Some("Cbs Error")),
            Err(HeaderError::BadEnumName("Cbs Error".into()))
        );
        assert_eq!(
            Header::new("", None),
            Err(HeaderError::BadService(String::new()))
        );
        assert!(Header::new("c`s", None).is_err());
    }

    #[test]
    fn the_sentence_has_what_is_known() {
        let header = Header::new("cbs", None).unwrap();
        assert_eq!(header.sentence(), "`cbs` error codes.");
        let header = header
            .title("Cloud  Block Storage")
            .api_version("2017-03-12");
        assert_eq!(
            header.sentence(),
            "Cloud Block Storage (`cbs`) error codes, API version 2017-03-12."
        );
        let tke = Header::new("tke", None).unwrap();
        assert_eq!(
            tke.clone()
                .api_versions(["2018-05-25", "2022-05-01"])
                .sentence(),
            "`tke` error codes, API versions 2018-05-25 and 2022-05-01."
        );
        assert_eq!(
            tke.api_versions(["2017-01-01", "2018-05-25", "2022-05-01"])
                .sentence(),
            "`tke` error codes, API versions 2017-01-01, 2018-05-25 and 2022-05-01."
        );
    }

    #[test]
    fn entries_carry_their_docs_and_attributes() {
        let page = Page {
            uses_common: true,
            entries: vec![Entry {
                line: 3,
                code: "MissingParameter.cmq".into(),
                english: Some("Say \"cmq\".".into()),
                chinese: None,
                aliases: Vec::new(),
                docs: vec!["Error type: Missing.".into()],
                name: Some("MissingParameterCmqLower".into()),
                kind: Some(ErrorKind::Transient),
            }],
            diagnostics: Vec::new(),
        };
        let header = Header::new("x", Some("XError")).unwrap();
        assert_eq!(
            page.render(&header),
            r#"//! `x` error codes.

tc_errors::tc_errors! {
    /// `x` error codes.
    #[non_exhaustive]
    pub enum XError {
        use common;

        /// Error type: Missing.
        #[name(MissingParameterCmqLower)]
        #[kind(Transient)]
        "MissingParameter.cmq" => "Say \"cmq\".",
    }
}
"#
        );
    }
}

#[cfg(test)]
mod entry_lines {
    use super::*;

    fn line(english: Option<&str>, chinese: Option<&str>, aliases: &[&str]) -> String {
        let page = Page {
            uses_common: false,
            entries: vec![Entry {
                line: 1,
                code: "A.B".into(),
                english: english.map(Into::into),
                chinese: chinese.map(Into::into),
                aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
                docs: Vec::new(),
                name: None,
                kind: None,
            }],
            diagnostics: Vec::new(),
        };
        let module = page.render(&Header::new("x", None).unwrap());
        let start = module.find("pub enum XError {\n").unwrap() + "pub enum XError {\n".len();
        module[start..module.len() - "    }\n}\n".len()].to_owned()
    }

    #[test]
    fn each_form_of_entry_is_written_as_the_macro_reads_it() {
        assert_eq!(
            line(Some("e"), Some("中"), &[]),
            "        \"A.B\" => \"e\" / \"中\",\n"
        );
        assert_eq!(line(Some("e"), None, &[]), "        \"A.B\" => \"e\",\n");
        assert_eq!(
            line(None, Some("中"), &[]),
            "        \"A.B\" => _ / \"中\",\n"
        );
        assert_eq!(line(None, None, &[]), "        \"A.B\",\n");
        assert_eq!(
            line(Some("e"), None, &["Old", "Older"]),
            "        #[alias(\"Old\", \"Older\")]\n        \"A.B\" => \"e\",\n"
        );
    }
}
