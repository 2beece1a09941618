//! Turning a table cell into plain text: HTML tags stripped, entities decoded, mojibake
//! repaired, white space folded.

pub use tc_errors_internals::text::fold_whitespace;

/// The plain text of a cell as a page writes it.
///
/// Tags that only style text (`<a>`, `<b>`, `<code>`, …) disappear; any other tag (`<br>`,
/// `<p>`, …) separates words. Entities are decoded after the tags are gone, so `&lt;b&gt;`
/// stays the text `<b>`. UTF-8 that was once read as Windows-1252 (`youâ€™ve`) is repaired
/// to what it said (`you’ve`). Runs of white space become one space, and the ends are
/// trimmed.
pub fn clean(cell: &str) -> String {
    fold_whitespace(&repair_mojibake(&decode_entities(&strip_tags(cell))))
}

/// Tags that style words without separating them.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small",
    "span", "strong", "sub", "sup", "tt", "u", "var",
];

/// `html` without its tags and comments. Only `<` followed by a letter, `/`, `!` or `?`
/// opens a tag, so text such as `a < b` survives; a tag or comment that never ends hides
/// the rest, as in a browser, unless it is `<` and a word that names no element
/// (`a <unclosed`), which is text.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        match markup(after) {
            Markup::Tag(len) => {
                let name = tag_name(&after[..len]);
                // Comments and declarations have no name and vanish.
                if !name.is_empty() && !INLINE_TAGS.contains(&name.as_str()) {
                    out.push(' ');
                }
                rest = &after[len..];
            }
            Markup::Unterminated => return out,
            Markup::Text => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a `<` opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// Nothing: the `<` is text (`a < b`, `<3`, or `<word` with no `>` after it when the
    /// word names no HTML element).
    Text,
    /// A tag or comment of this many bytes, its closing `>` included.
    Tag(usize),
    /// A tag or comment that does not end in the text given.
    Unterminated,
}

/// What the `<` that `text` starts with opens. A tag ends at the first `>` that is not
/// inside an attribute's quoted value; a comment (`<!--`) at `-->`.
pub fn markup(text: &str) -> Markup {
    if text.starts_with("<!--") {
        return text
            .find("-->")
            .map_or(Markup::Unterminated, |end| Markup::Tag(end + "-->".len()));
    }
    let Some(&second) = text.as_bytes().get(1) else {
        return Markup::Text;
    };
    if !(second.is_ascii_alphabetic() || matches!(second, b'/' | b'!' | b'?')) {
        return Markup::Text;
    }
    let mut quote = None;
    let mut after_equals = false;
    for (i, byte) in text.bytes().enumerate().skip(1) {
        match quote {
            Some(open) if byte == open => quote = None,
            Some(_) => {}
            None if byte == b'>' => return Markup::Tag(i + 1),
            None if after_equals && matches!(byte, b'"' | b'\'') => quote = Some(byte),
            None => {}
        }
        if !byte.is_ascii_whitespace() {
            after_equals = byte == b'=';
        }
    }
    if second.is_ascii_alphabetic() && !HTML_ELEMENTS.contains(&tag_name(text).as_str()) {
        Markup::Text
    } else {
        Markup::Unterminated
    }
}

/// The elements of HTML (and the obsolete ones pages still use): an unterminated `<b`
/// is markup, an unterminated `<word` text.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "nobr",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// The lower-case element name of a tag such as `</A href="…">` (`a`); empty for a
/// comment or declaration.
pub fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Named entities that error-code pages use; anything else stays as written.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("hellip", '…'),
    ("middot", '·'),
    ("times", '×'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
];

/// `text` with its character references (`&amp;`, `&#39;`, `&#x2019;`) decoded. A
/// reference that names no character stays as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').and_then(|semi| {
            // Entity names are short; a far `;` belongs to other text.
            (semi <= 10)
                .then(|| entity_char(&after[..semi]))
                .flatten()
                .map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an entity name (`amp`, `#39`, `#x2019`) stands for.
fn entity_char(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(value).filter(|&c| c != '\0');
    }
    NAMED_ENTITIES
        .iter()
        .find(|(entity, _)| *entity == name)
        .map(|&(_, c)| c)
}

/// The characters Windows-1252 gives bytes 0x80–0x9F; the five bytes it leaves undefined
/// are decoded as the C1 control of the same value, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte that decodes to `c`, for a non-ASCII `c`.
fn cp1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        // Latin-1 reads the C1 range as controls; take those as their bytes too.
        code @ 0x80..=0xff => u8::try_from(code).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|&high| high == c)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// `text` with UTF-8 that was decoded as Windows-1252 (or Latin-1) put right: `â€™` is
/// the three bytes of `’`. Only a run that spells a valid UTF-8 sequence is replaced, so
/// real accented text (`café`) is left alone.
pub fn repair_mojibake(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match decode_misread_sequence(&chars[i..]) {
            Some((repaired, used)) => {
                out.push(repaired);
                i += used;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// The character that `chars` starts spelling as misread UTF-8, and how many of `chars`
/// it takes.
fn decode_misread_sequence(chars: &[char]) -> Option<(char, usize)> {
    let lead = cp1252_byte(*chars.first()?)?;
    let len = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let bytes: Vec<u8> = chars
        .get(..len)?
        .iter()
        .map(|&c| cp1252_byte(c))
        .collect::<Option<_>>()?;
    let decoded = std::str::from_utf8(&bytes).ok()?;
    decoded.chars().next().map(|c| (c, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_repaired() {
        assert_eq!(repair_mojibake("youâ€™ve"), "you’ve");
        assert_eq!(repair_mojibake("cafÃ©"), "café");
        assert_eq!(repair_mojibake("â€œquotedâ€\u{9d}"), "“quoted”");
        assert_eq!(repair_mojibake("é¡¹ç›®"), "项目");
        assert_eq!(repair_mojibake("ðŸ™‚"), "🙂");
    }

    #[test]
    fn real_accents_and_symbols_are_kept() {
        for text in [
            "café",
            "naïve — “quoted”",
            "€5",
            "Â",
            "â€",
            "plain ASCII",
            "项目",
        ] {
            assert_eq!(repair_mojibake(text), text);
        }
    }

    #[test]
    fn tags_are_stripped() {
        assert_eq!(
            strip_tags(
                r#"Please see <a href="/document/api/213/6984" title="Signature Method">Signature Method</a> section."#
            ),
            "Please see Signature Method section."
        );
        assert_eq!(strip_tags("one<br>two<br/>three"), "one two three");
        assert_eq!(strip_tags("<b>bold</b><!-- note -->end"), "boldend");
        assert_eq!(
            strip_tags("a < b and c<3 and <unclosed"),
            "a < b and c<3 and <unclosed"
        );
        assert_eq!(tag_name("</A href=\"x\">"), "a");
    }

    #[test]
    fn markup_that_never_ends_is_not_text() {
        assert_eq!(strip_tags("text <b unclosed"), "text ");
        assert_eq!(strip_tags("text <!-- never closed"), "text ");
        assert_eq!(strip_tags("x </td"), "x ");
        assert_eq!(
            strip_tags(r#"<a title="a > b" href='c>d'>link</a> after"#),
            "link after"
        );
        // A quote that is no attribute value does not hide the `>`.
        assert_eq!(strip_tags("<b it's>bold</b>"), "bold");
        assert_eq!(markup("<b>"), Markup::Tag(3));
        assert_eq!(markup("<td class=\"x"), Markup::Unterminated);
        assert_eq!(markup("<Instance"), Markup::Text);
        assert_eq!(markup("< b"), Markup::Text);
        assert_eq!(markup("<"), Markup::Text);
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(decode_entities("a &amp; b &lt;c&gt;"), "a & b <c>");
        assert_eq!(decode_entities("&#39;x&#x2019;&quot;"), "'x’\"");
        assert_eq!(
            decode_entities("AT&T; &unknown; & &#0; &#xZZ;"),
            "AT&T; &unknown; & &#0; &#xZZ;"
        );
        assert_eq!(decode_entities("R&D then far;"), "R&D then far;");
    }

    #[test]
    fn cells_are_cleaned_in_order() {
        assert_eq!(
            clean("  The account is already  in\tthis <b>Organization</b>.&nbsp; "),
            "The account is already in this Organization."
        );
        // A decoded `&lt;` is text, not a tag.
        assert_eq!(clean("use &lt;b&gt; here"), "use <b> here");
        assert_eq!(clean("youâ€™ve followed it.  "), "you’ve followed it.");
        assert_eq!(clean(" \n "), "");
    }
}
