//! Tencent's texts as a terminal shows them and as rustdoc renders them.
//!
//! Tencent writes its error descriptions in Markdown, with links (`[text](url)`, and once
//! an HTML `<a href="url">text</a>`), some site-relative (`/document/api/…`), and inline
//! code in backticks. [`plain`] is the text for a terminal or a log: a link becomes its
//! text followed by the absolute URL in parentheses. [`rustdoc`] is the text for a
//! variant's docs: every link a Markdown link to the absolute URL. Both make a
//! site-relative link absolute on the [`Site`] of the text's language, keep inline code
//! in its backticks, and drop a backtick left over from a typo (`` `The `x` ``); a
//! backtick among symbols (a password's allowed `()`~!@#`) is kept as a character.
//!
//! The macro calls these once per text, unoptimised: a text with no `[`, `<` or `` ` ``
//! (nearly all of them) is found so in one loop over its bytes and borrowed.

use std::borrow::Cow;

/// The site a text's site-relative links point into: Tencent's Chinese site for a
/// Chinese text, its international site for an English one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// `https://cloud.tencent.com`.
    Chinese,
    /// `https://www.tencentcloud.com`.
    English,
}

impl Site {
    /// The scheme and host that a site-relative link is read against.
    pub const fn origin(self) -> &'static str {
        match self {
            Site::Chinese => "https://cloud.tencent.com",
            Site::English => "https://www.tencentcloud.com",
        }
    }
}

/// `text` for a terminal: `[text](url)` and `<a href="url">text</a>` become
/// `text (url)`, the URL absolute; see the [module docs](self).
pub fn plain(text: &str, site: Site) -> Cow<'_, str> {
    render(text, site, Target::Plain)
}

/// `text` for rustdoc: every link `[text](url)` with an absolute URL; a backtick kept as
/// a character is escaped; see the [module docs](self).
pub fn rustdoc(text: &str, site: Site) -> Cow<'_, str> {
    render(text, site, Target::Rustdoc)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Plain,
    Rustdoc,
}

/// What a backtick is, by the pairing of [`backticks`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tick {
    /// One of the two around inline code.
    Code,
    /// A character of the text, among symbols.
    Literal,
    /// Left over from a typo: opens or closes nothing.
    Stray,
}

fn render(text: &str, site: Site, target: Target) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Plain loop over the bytes: the macro runs unoptimised (see `text::is_folded`).
    let mut at = 0;
    while at < bytes.len() && !matches!(bytes[at], b'[' | b'<' | b'`') {
        at += 1;
    }
    if at == bytes.len() {
        return Cow::Borrowed(text);
    }
    let ticks = backticks(text);
    let mut out = String::with_capacity(text.len() + 16);
    let mut writer = Writer {
        text,
        ticks: &ticks,
        target,
        out: &mut out,
    };
    let mut copied = 0;
    while at < bytes.len() {
        let link = match bytes[at] {
            b'[' => markdown_link(text, at),
            b'<' => html_link(text, at),
            _ => None,
        };
        match link {
            Some(link) => {
                writer.text(copied..at);
                writer.link(&link, site);
                at = link.end;
                copied = at;
            }
            None => at += 1,
        }
    }
    writer.text(copied..text.len());
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// A link found in a text: the byte range of its text and its URL as written.
struct Link<'a> {
    text: std::ops::Range<usize>,
    url: &'a str,
    /// Where the link ends in the text.
    end: usize,
}

/// The Markdown link `[text](url)` starting at `start`, if there is one. The URL may
/// have spaces around it (`[ticket]( https://…)`), not inside.
fn markdown_link(text: &str, start: usize) -> Option<Link<'_>> {
    let close = start + 1 + text[start + 1..].find(']')?;
    if text[start + 1..close].contains('[') {
        return None;
    }
    let rest = text[close + 1..].strip_prefix('(')?;
    let paren = rest.find(')')?;
    let url = rest[..paren].trim();
    if url.is_empty() || url.contains(char::is_whitespace) {
        return None;
    }
    Some(Link {
        text: start + 1..close,
        url,
        end: close + 2 + paren + 1,
    })
}

/// The HTML link `<a … href="url" …>text</a>` starting at `start`, if there is one.
fn html_link(text: &str, start: usize) -> Option<Link<'_>> {
    let bytes = text.as_bytes();
    let anchor = bytes
        .get(start + 1)
        .is_some_and(|b| b.eq_ignore_ascii_case(&b'a'));
    if !anchor || !bytes.get(start + 2).is_some_and(u8::is_ascii_whitespace) {
        return None;
    }
    let open_end = start + text[start..].find('>')?;
    let attributes = &text[start + 2..open_end];
    let lower = attributes.to_ascii_lowercase();
    let href = lower.find("href=")? + "href=".len();
    let quote = attributes[href..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))?;
    let url_start = href + 1;
    let url_len = attributes[url_start..].find(quote)?;
    let url = attributes[url_start..url_start + url_len].trim();
    let close = open_end + 1 + text[open_end + 1..].to_ascii_lowercase().find("</a>")?;
    Some(Link {
        text: open_end + 1..close,
        url,
        end: close + "</a>".len(),
    })
}

/// Writes a text's pieces in the target's form.
struct Writer<'a> {
    text: &'a str,
    ticks: &'a [(usize, Tick)],
    target: Target,
    out: &'a mut String,
}

impl Writer<'_> {
    /// The text in `range`, its backticks as [`backticks`] read them.
    fn text(&mut self, range: std::ops::Range<usize>) {
        let mut copied = range.start;
        for &(at, tick) in self.ticks {
            if !range.contains(&at) {
                continue;
            }
            self.out.push_str(&self.text[copied..at]);
            match (tick, self.target) {
                (Tick::Code, _) | (Tick::Literal, Target::Plain) => self.out.push('`'),
                (Tick::Literal, Target::Rustdoc) => self.out.push_str("\\`"),
                (Tick::Stray, _) => {}
            }
            copied = at + 1;
        }
        self.out.push_str(&self.text[copied..range.end]);
    }

    fn link(&mut self, link: &Link<'_>, site: Site) {
        let url = absolute(link.url, site);
        let trimmed = trim_range(self.text, link.text.clone());
        match self.target {
            Target::Plain if trimmed.is_empty() => self.out.push_str(&url),
            Target::Plain => {
                self.text(trimmed);
                self.out.push_str(" (");
                self.out.push_str(&url);
                self.out.push(')');
            }
            Target::Rustdoc if trimmed.is_empty() => {
                self.out.push('<');
                self.out.push_str(&url);
                self.out.push('>');
            }
            Target::Rustdoc => {
                self.out.push('[');
                self.text(trimmed);
                self.out.push_str("](");
                self.out.push_str(&url);
                self.out.push(')');
            }
        }
    }
}

/// `range` of `text` without white space at either end.
fn trim_range(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let end = range.end - (inner.len() - inner.trim_end().len());
    start..end.max(start)
}

/// `url` read against the text's site: a site-relative URL (`/document/…`) gets its
/// origin, a scheme-relative one (`//host/…`) `https:`; others stay as written.
fn absolute(url: &str, site: Site) -> Cow<'_, str> {
    if url.starts_with("//") {
        Cow::Owned(format!("https:{url}"))
    } else if url.starts_with('/') {
        Cow::Owned(format!("{}{url}", site.origin()))
    } else {
        Cow::Borrowed(url)
    }
}

/// Every backtick of `text` (by byte offset) and what it is. A backtick before a
/// non-space character may open inline code, one after a non-space character may close
/// it; an opener that the next backtick cannot close is left over. A left-over backtick
/// between two ASCII symbols is a character of the text (`()`~!@`), any other a typo.
fn backticks(text: &str) -> Vec<(usize, Tick)> {
    let bytes = text.as_bytes();
    let is_space = |at: Option<&u8>| at.is_none_or(u8::is_ascii_whitespace);
    let left_over = |at: usize| {
        let symbol =
            |byte: Option<&u8>| byte.is_some_and(|&b| b.is_ascii_punctuation() && b != b'`');
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        if symbol(before) && symbol(bytes.get(at + 1)) {
            Tick::Literal
        } else {
            Tick::Stray
        }
    };
    let mut ticks: Vec<(usize, Tick)> = Vec::new();
    let mut open: Option<usize> = None;
    for (at, _) in text.match_indices('`') {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(at + 1);
        if let Some(opener) = open.filter(|_| !is_space(before)) {
            ticks.push((opener, Tick::Code));
            ticks.push((at, Tick::Code));
            open = None;
            continue;
        }
        if let Some(opener) = open.take() {
            ticks.push((opener, left_over(opener)));
        }
        if is_space(after) {
            ticks.push((at, left_over(at)));
        } else {
            open = Some(at);
        }
    }
    if let Some(opener) = open {
        ticks.push((opener, left_over(opener)));
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` reads as `for_terminal` in plain text and as `for_docs` in rustdoc.
    fn reads(text: &str, site: Site, for_terminal: &str, for_docs: &str) {
        assert_eq!(plain(text, site), for_terminal, "{text}");
        assert_eq!(rustdoc(text, site), for_docs, "{text}");
    }

    #[test]
    fn a_text_without_links_or_stray_backticks_is_borrowed() {
        for text in [
            "No instance found.",
            "没有找到相应实例。",
            "",
            "a < b",
            "[1,100]",
            "Incorrect `Filter` parameter.",
        ] {
            assert!(matches!(plain(text, Site::English), Cow::Borrowed(t) if t == text));
            assert!(matches!(rustdoc(text, Site::Chinese), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn a_markdown_link_is_its_text_then_the_url() {
        let cvm = "The value of [`Filter`](https://www.tencentcloud.com/document/api/213/15753?from_cn_redirect=1#Filter) exceeds the limit.";
        reads(
            cvm,
            Site::English,
            "The value of `Filter` (https://www.tencentcloud.com/document/api/213/15753?from_cn_redirect=1#Filter) exceeds the limit.",
            cvm,
        );
    }

    #[test]
    fn a_site_relative_link_gets_the_site_of_its_language() {
        reads(
            "[`Filter`](/document/api/213/15753#Filter)传值超出限制。",
            Site::Chinese,
            "`Filter` (https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
            "[`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。",
        );
        reads(
            "see [API](/document/api)",
            Site::English,
            "see API (https://www.tencentcloud.com/document/api)",
            "see [API](https://www.tencentcloud.com/document/api)",
        );
        reads(
            "see [API](//example.com/x)",
            Site::English,
            "see API (https://example.com/x)",
            "see [API](https://example.com/x)",
        );
    }

    #[test]
    fn an_html_link_reads_as_a_markdown_one() {
        reads(
            r#"参考 <a href="https://cloud.tencent.com/document/product/382/39023#variable">审核标准</a>下，以<A class="x" HREF='/console'>控制台为准</a>。"#,
            Site::Chinese,
            "参考 审核标准 (https://cloud.tencent.com/document/product/382/39023#variable)下，以控制台为准 (https://cloud.tencent.com/console)。",
            "参考 [审核标准](https://cloud.tencent.com/document/product/382/39023#variable)下，以[控制台为准](https://cloud.tencent.com/console)。",
        );
    }

    #[test]
    fn spaces_around_a_link_text_or_url_are_dropped() {
        reads(
            "via [TTS console ]( https://console.cloud.tencent.com/tts).",
            Site::English,
            "via TTS console (https://console.cloud.tencent.com/tts).",
            "via [TTS console](https://console.cloud.tencent.com/tts).",
        );
        reads(
            "[](/a)",
            Site::English,
            "https://www.tencentcloud.com/a",
            "<https://www.tencentcloud.com/a>",
        );
    }

    #[test]
    fn brackets_and_angles_that_are_not_links_stay() {
        for text in [
            "It must be a combination of [a-z], [A-Z], [0-9] and [._-].",
            "Command[Entrypoint] 参数值有误。",
            "[a](no close",
            "[a](has space)",
            "[a]()",
            "请确认声明格式:<%ExtMsg%>",
            "RSA>=2048,DSA>=2048",
            "<a>no href</a>",
            "<abbr>x</abbr>",
            "<é",
            "<a",
            r#"<a href="x">never closed"#,
        ] {
            reads(text, Site::English, text, text);
        }
    }

    #[test]
    fn a_stray_backtick_is_dropped_and_a_symbol_kept() {
        let fixed = "The `%(value)s` does not support reducing VPN bandwidth.";
        reads(
            "`The `%(value)s` does not support reducing VPN bandwidth.",
            Site::English,
            fixed,
            fixed,
        );
        reads(
            "symbols (()`~!@#$%^&*-+=_|{}[]:;'<>,.?/)",
            Site::English,
            "symbols (()`~!@#$%^&*-+=_|{}[]:;'<>,.?/)",
            "symbols (()\\`~!@#$%^&*-+=_|{}[]:;'<>,.?/)",
        );
        let code = "Conflict between`DependService` and `EnableKerberos`.";
        reads(code, Site::English, code, code);
        reads("`a` b `", Site::English, "`a` b ", "`a` b ");
    }

    #[test]
    fn backticks_pair_around_code() {
        assert_eq!(
            backticks("`a` b`c`"),
            [
                (0, Tick::Code),
                (2, Tick::Code),
                (5, Tick::Code),
                (7, Tick::Code)
            ]
        );
        assert_eq!(backticks("a ` b"), [(2, Tick::Stray)]);
        assert_eq!(backticks("(`)"), [(1, Tick::Literal)]);
        assert_eq!(
            backticks("`x `y`"),
            [(0, Tick::Stray), (3, Tick::Code), (5, Tick::Code)]
        );
    }
}
