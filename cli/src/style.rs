//! Colour on a terminal: `--color auto|always|never`, `NO_COLOR`, and the few styles the
//! output uses (a code in bold, a kind or a retry verdict coloured by what it means for a
//! retry, headings dim). Plain ANSI SGR sequences: every terminal that shows colour
//! understands them, and no crate is needed for four of them.

use clap::ValueEnum;
use std::fmt;

/// The `--color` values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when standard output is a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always colour, even into a pipe or with `NO_COLOR` set.
    Always,
    /// Never colour.
    Never,
}

/// How a retry fares, which decides a kind's or a verdict's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Send it again: green.
    Retry,
    /// Send it again on a condition (idempotent, re-signed): yellow.
    Conditional,
    /// Do not: red.
    No,
}

impl Verdict {
    /// The verdict of `advice`: a retry, a retry on a condition (an idempotent request,
    /// a new signature), or none.
    pub fn of(advice: tc_errors::RetryAdvice) -> Verdict {
        if !advice.should_retry(true) {
            Verdict::No
        } else if advice.requires_idempotent() || advice.must_re_sign() {
            Verdict::Conditional
        } else {
            Verdict::Retry
        }
    }
}

/// Whether output is coloured, and the styles it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    on: bool,
}

impl Style {
    /// No colour, for the tests of what is printed.
    #[cfg(test)]
    pub const PLAIN: Style = Style { on: false };

    /// The style for standard output: `--color`, else colour on a terminal unless
    /// `NO_COLOR` is set to anything but `""` (<https://no-color.org>) or `TERM` is
    /// `dumb`.
    pub fn choose(flag: ColorArg) -> Style {
        use std::io::IsTerminal as _;
        Style::choose_with(flag, std::io::stdout().is_terminal(), |name| {
            std::env::var_os(name)
        })
    }

    /// [`choose`](Self::choose) with the terminal test and the environment given.
    pub fn choose_with(
        flag: ColorArg,
        terminal: bool,
        var: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> Style {
        // An explicit flag outranks NO_COLOR, as no-color.org asks of per-run options.
        let on = match flag {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                terminal
                    && var("NO_COLOR").is_none_or(|value| value.is_empty())
                    && var("TERM").is_none_or(|term| term != "dumb")
            }
        };
        Style { on }
    }

    /// An error code: bold.
    pub fn code<T: fmt::Display>(self, text: T) -> Painted<T> {
        self.paint("1", text)
    }

    /// A heading such as `kind:`: dim.
    pub fn heading<T: fmt::Display>(self, text: T) -> Painted<T> {
        self.paint("2", text)
    }

    /// A kind or a retry verdict, coloured by what it means for a retry.
    pub fn verdict<T: fmt::Display>(self, verdict: Verdict, text: T) -> Painted<T> {
        let sgr = match verdict {
            Verdict::Retry => "32",
            Verdict::Conditional => "33",
            Verdict::No => "31",
        };
        self.paint(sgr, text)
    }

    fn paint<T: fmt::Display>(self, sgr: &'static str, text: T) -> Painted<T> {
        Painted {
            sgr: if self.on { sgr } else { "" },
            text,
        }
    }
}

/// A value shown in a style: its `Display` between the style's sequence and a reset
/// (nothing around it without colour). Width and alignment apply to the value.
#[derive(Clone, Copy, Debug)]
pub struct Painted<T> {
    sgr: &'static str,
    text: T,
}

impl<T: fmt::Display> fmt::Display for Painted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.sgr.is_empty() {
            return self.text.fmt(f);
        }
        write!(f, "\x1b[{}m", self.sgr)?;
        self.text.fmt(f)?;
        f.write_str("\x1b[0m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn auto_colours_a_terminal_unless_no_color_or_a_dumb_terminal() {
        let on = Style { on: true };
        assert_eq!(Style::choose_with(ColorArg::Auto, true, env(&[])), on);
        assert_eq!(
            Style::choose_with(ColorArg::Auto, false, env(&[])),
            Style::PLAIN
        );
        assert_eq!(
            Style::choose_with(ColorArg::Auto, true, env(&[("NO_COLOR", "1")])),
            Style::PLAIN
        );
        // An empty NO_COLOR does not count.
        assert_eq!(
            Style::choose_with(ColorArg::Auto, true, env(&[("NO_COLOR", "")])),
            on
        );
        assert_eq!(
            Style::choose_with(ColorArg::Auto, true, env(&[("TERM", "dumb")])),
            Style::PLAIN
        );
        assert_eq!(
            Style::choose_with(ColorArg::Always, false, env(&[("NO_COLOR", "1")])),
            on
        );
        assert_eq!(
            Style::choose_with(ColorArg::Never, true, env(&[])),
            Style::PLAIN
        );
    }

    #[test]
    fn painted_text_is_wrapped_only_with_colour() {
        let on = Style { on: true };
        assert_eq!(on.code("A.B").to_string(), "\x1b[1mA.B\x1b[0m");
        assert_eq!(
            on.verdict(Verdict::No, "Other").to_string(),
            "\x1b[31mOther\x1b[0m"
        );
        assert_eq!(Style::PLAIN.heading("kind:").to_string(), "kind:");
        assert_eq!(format!("{:5}|", Style::PLAIN.code("ab")), "ab   |");
        assert_eq!(format!("{:5}|", on.code("ab")), "\x1b[1mab   \x1b[0m|");
    }
}
