//! What a browser does not show, taken out of a page before its tables are read: HTML
//! comments and the contents of `<script>` and `<style>` elements, which may hold
//! anything, markup that reads as rows included. Lines keep their numbers; fenced code
//! blocks are examples and stay as written.

use crate::model::Diagnostic;
use crate::pages::source::is_fence;
use crate::pages::text::tag_name;

/// What hides the text after it, up to its end.
#[derive(Clone, Copy)]
enum Hider {
    Comment,
    /// A `<script>` or `<style>` element, by its lower-case name.
    Element(&'static str),
}

impl Hider {
    /// Where the hidden text ends in `lower` (a lower-cased line), just past its closing
    /// `-->` or end tag.
    fn end_in(self, lower: &str) -> Option<usize> {
        match self {
            Hider::Comment => lower.find("-->").map(|at| at + "-->".len()),
            Hider::Element(name) => {
                let at = lower.find(&format!("</{name}"))?;
                let close = lower[at..]
                    .find('>')
                    .map_or(lower.len(), |end| at + end + 1);
                Some(close)
            }
        }
    }

    fn what(self) -> &'static str {
        match self {
            Hider::Comment => "an HTML comment",
            Hider::Element("script") => "a `<script>` element",
            Hider::Element(_) => "a `<style>` element",
        }
    }
}

/// The page without its comments, scripts and styles, line for line, and a diagnostic
/// when one of them never ends (it hides the rest of the page, as in a browser).
pub fn without_unseen(page: &str) -> (String, Vec<Diagnostic>) {
    let mut out = String::with_capacity(page.len());
    let mut open: Option<(Hider, usize)> = None;
    let mut in_fence = false;
    for (i, line) in page.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if open.is_none() && is_fence(line) {
            in_fence = !in_fence;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let mut at = 0;
        while at < line.len() {
            match open {
                Some((hider, _)) => match hider.end_in(&lower[at..]) {
                    Some(end) => {
                        at += end;
                        open = None;
                    }
                    None => at = line.len(),
                },
                None => match next_hider(&lower[at..]) {
                    Some((start, len, hider)) => {
                        out.push_str(&line[at..at + start]);
                        at += start + len;
                        open = Some((hider, i + 1));
                    }
                    None => {
                        out.push_str(&line[at..]);
                        at = line.len();
                    }
                },
            }
        }
    }
    let diagnostics = open
        .map(|(hider, line)| {
            Diagnostic::skipped(
                line,
                format!(
                    "{} opened here never ends: the rest of the page is not read",
                    hider.what()
                ),
            )
        })
        .into_iter()
        .collect();
    (out, diagnostics)
}

/// The first comment, `<script` or `<style` tag in `lower`: where it starts, how many
/// bytes open it, and what it hides.
fn next_hider(lower: &str) -> Option<(usize, usize, Hider)> {
    let mut from = 0;
    while let Some(open) = lower[from..].find('<').map(|at| from + at) {
        let after = &lower[open..];
        if after.starts_with("<!--") {
            return Some((open, "<!--".len(), Hider::Comment));
        }
        let element = match tag_name(after).as_str() {
            _ if after.starts_with("</") => None,
            "script" => Some("script"),
            "style" => Some("style"),
            _ => None,
        };
        if let Some(name) = element {
            return Some((open, 1 + name.len(), Hider::Element(name)));
        }
        from = open + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(page: &str) -> String {
        without_unseen(page).0
    }

    #[test]
    fn comments_scripts_and_styles_are_taken_out_line_for_line() {
        assert_eq!(shown("a<!-- x -->b"), "ab");
        assert_eq!(shown("a<!-- x\n| A | B |\n-->b\nc"), "a\n\nb\nc");
        assert_eq!(
            shown("<SCRIPT type=\"x\">if (a < b) { s = '</td><tr><td>X.Y'; }</Script >ok"),
            "ok"
        );
        assert_eq!(
            shown("<style>\ntd { color: red }\n</style>\n<td>"),
            "\n\n\n<td>"
        );
        // Only those elements: `<scripts>` and `<styled>` are other tags.
        assert_eq!(
            shown("<scripts>a</scripts><styled>"),
            "<scripts>a</scripts><styled>"
        );
        assert!(without_unseen("a<!-- x -->b").1.is_empty());
    }

    #[test]
    fn one_that_never_ends_hides_the_rest_and_says_so() {
        let (page, diagnostics) = without_unseen("a\nb<!-- open\n| A | B |");
        assert_eq!(page, "a\nb\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].to_string(),
            "line 2: skipped: an HTML comment opened here never ends: the rest of the page is not read"
        );
        let (page, diagnostics) = without_unseen("<script>\n<tr><td>X.Y</td></tr>");
        assert_eq!(page, "\n");
        assert!(diagnostics[0].message.starts_with("a `<script>` element"));
    }

    #[test]
    fn fenced_code_is_kept_as_written() {
        let page = "```\n<!-- not a comment\n```\nshown<!-- hidden -->";
        assert_eq!(shown(page), "```\n<!-- not a comment\n```\nshown");
    }
}
