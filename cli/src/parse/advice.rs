//! The retry advice `parse` prints: the runtime's [`RetryAdvice`] for the outcome, in
//! words, with the response's `Retry-After`.

use crate::json::AdviceReport;
use crate::style::{self, Style};
use std::io::{self, Write};
use std::time::SystemTime;
use tc_errors::retry::Verdict;
use tc_errors::{RetryAdvice, RetryAfter, RetryClass};

/// What to do about an outcome that is not a success.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advice {
    /// The runtime's advice.
    pub advice: RetryAdvice,
    /// The response's `Retry-After`, when it had one the runtime can read.
    pub retry_after: Option<RetryAfter>,
    /// Whether the request counts as idempotent, when its action is known (`--action`).
    pub idempotent: Option<bool>,
}

impl Advice {
    /// The verdict: the advice's, or, when a retry needs an idempotent request and the
    /// action says whether this one is, `retry` or `do not retry`. The `--json` advice
    /// keeps the runtime's; the action's object has this one.
    pub fn verdict(&self) -> Verdict {
        match (self.advice.verdict(), self.idempotent) {
            (Verdict::IfIdempotent, Some(true)) => Verdict::Retry,
            (Verdict::IfIdempotent, Some(false)) => Verdict::No,
            (verdict, _) => verdict,
        }
    }

    /// The verdict's colour.
    fn colour(&self) -> style::Verdict {
        match self.verdict() {
            Verdict::Retry => style::Verdict::Retry,
            Verdict::No => style::Verdict::No,
            _ => style::Verdict::Conditional,
        }
    }

    /// Why, in a sentence: the class's reason, as the runtime's `RetryClass` documents it.
    pub fn reason(&self) -> &'static str {
        match (self.advice.class(), self.advice.requires_idempotent()) {
            (RetryClass::Throttled, _) => {
                "the caller sends too fast; the request was refused before it ran"
            }
            (RetryClass::Transient, false) => {
                "a busy resource or an unavailable service refused the request; it may pass later"
            }
            (RetryClass::Transient, true) => {
                "a gateway failed or timed out; the request may have reached the service"
            }
            (RetryClass::ServerFault, _) => {
                "the service, or what is in front of it, failed while handling the request, \
                 which may have taken effect"
            }
            (RetryClass::ClockSkew, _) => {
                "the signature's timestamp is too far from the server's clock: correct the \
                 clock, sign the request again, then send it"
            }
            (RetryClass::NotRetryable, _) => {
                "sending it again cannot help until something changes: the parameters, the \
                 permissions, a quota or the resource's state"
            }
            // A class added to the runtime after this tool was written.
            _ => "this tool does not know the class yet",
        }
    }

    /// The `Retry-After` delay from now, in whole seconds.
    fn retry_after_seconds(&self) -> Option<u64> {
        self.retry_after
            .map(|after| after.delay(SystemTime::now()).as_secs())
    }

    /// Writes `advice: VERDICT (Class): reason[; Retry-After: N s]` after `indent`, the
    /// verdict coloured in `style`.
    pub fn write_line(&self, out: &mut impl Write, indent: &str, style: Style) -> io::Result<()> {
        write!(
            out,
            "{indent}{} {} ({}): {}",
            style.heading("advice:"),
            style.verdict(self.colour(), self.verdict()),
            self.advice.class(),
            self.reason()
        )?;
        if let Some(seconds) = self.retry_after_seconds() {
            write!(out, "; {} {seconds} s", style.heading("Retry-After:"))?;
        }
        writeln!(out)
    }

    /// The `--json` fields.
    pub fn report(&self) -> AdviceReport {
        let advice = self.advice;
        AdviceReport {
            class: advice.class().name(),
            retry: advice.should_retry(true),
            idempotent_only: advice.requires_idempotent(),
            re_sign: advice.must_re_sign(),
            verdict: advice.verdict().text(),
            reason: self.reason(),
            retry_after_seconds: self.retry_after_seconds(),
        }
    }
}

/// The `Retry-After` of `headers`: the first that the runtime can read.
pub fn retry_after<'h>(
    headers: impl IntoIterator<Item = (&'h str, &'h [u8])>,
) -> Option<RetryAfter> {
    headers
        .into_iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
        .filter_map(|(_, value)| std::str::from_utf8(value).ok())
        .find_map(RetryAfter::parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn line(advice: RetryAdvice, retry_after: Option<RetryAfter>) -> String {
        let mut text = Vec::new();
        Advice {
            advice,
            retry_after,
            idempotent: None,
        }
        .write_line(&mut text, "", Style::PLAIN)
        .unwrap();
        String::from_utf8(text).unwrap()
    }

    #[test]
    fn each_class_has_its_verdict_and_reason() {
        assert_eq!(
            line(RetryAdvice::THROTTLED, None),
            "advice: retry (Throttled): the caller sends too fast; the request was refused before it ran\n"
        );
        assert!(line(RetryAdvice::TRANSIENT, None).starts_with("advice: retry (Transient): a busy"));
        assert!(line(RetryAdvice::for_status(502), None)
            .starts_with("advice: retry only if idempotent (Transient): a gateway failed"));
        assert!(line(RetryAdvice::SERVER_FAULT, None)
            .starts_with("advice: retry only if idempotent (ServerFault): "));
        assert!(line(RetryAdvice::CLOCK_SKEW, None)
            .starts_with("advice: re-sign and retry (ClockSkew): "));
        assert!(line(RetryAdvice::NOT_RETRYABLE, None)
            .starts_with("advice: do not retry (NotRetryable): "));
        let delay = Some(RetryAfter::Delay(Duration::from_secs(3)));
        assert!(line(RetryAdvice::THROTTLED, delay).ends_with("; Retry-After: 3 s\n"));
    }

    #[test]
    fn a_known_idempotency_settles_the_condition() {
        let server_fault = |idempotent| Advice {
            advice: RetryAdvice::SERVER_FAULT,
            retry_after: None,
            idempotent,
        };
        assert_eq!(server_fault(None).verdict(), Verdict::IfIdempotent);
        assert_eq!(server_fault(None).colour(), style::Verdict::Conditional);
        assert_eq!(server_fault(Some(true)).verdict(), Verdict::Retry);
        assert_eq!(server_fault(Some(true)).colour(), style::Verdict::Retry);
        assert_eq!(server_fault(Some(false)).verdict(), Verdict::No);
        assert_eq!(server_fault(Some(false)).colour(), style::Verdict::No);
        // The JSON's advice is the runtime's, whatever the request.
        assert_eq!(
            server_fault(Some(false)).report().verdict,
            "retry only if idempotent"
        );
        // A throttle is retried whatever the request.
        let throttled = Advice {
            advice: RetryAdvice::THROTTLED,
            retry_after: None,
            idempotent: Some(false),
        };
        assert_eq!(throttled.verdict(), Verdict::Retry);
    }

    #[test]
    fn the_report_carries_the_advice_as_fields() {
        let advice = Advice {
            advice: RetryAdvice::for_status(504),
            retry_after: Some(RetryAfter::Delay(Duration::from_secs(7))),
            idempotent: None,
        };
        let value = serde_json::to_value(advice.report()).unwrap();
        assert_eq!(value["class"], "Transient");
        assert_eq!(value["retry"], true);
        assert_eq!(value["idempotent_only"], true);
        assert_eq!(value["re_sign"], false);
        assert_eq!(value["verdict"], "retry only if idempotent");
        assert_eq!(value["retry_after_seconds"], 7);
    }

    #[test]
    fn retry_after_is_the_first_readable_header_in_any_case() {
        let headers: [(&str, &[u8]); 3] = [
            ("RETRY-AFTER", b"soon"),
            ("retry-after", b"5"),
            ("Retry-After", b"9"),
        ];
        assert_eq!(
            retry_after(headers),
            Some(RetryAfter::Delay(Duration::from_secs(5)))
        );
        assert_eq!(retry_after([("X", &b"1"[..])]), None);
    }
}
