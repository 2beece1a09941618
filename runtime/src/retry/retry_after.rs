//! The `Retry-After` header: [`RetryAfter`], and reading its HTTP date.

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tc_errors_internals::date;

/// A `Retry-After` header: a delay in seconds, or an HTTP date.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RetryAfter {
    /// `Retry-After: 120`.
    Delay(Duration),
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`.
    At(SystemTime),
}

impl RetryAfter {
    /// The longest delay in seconds [`parse`](Self::parse) reads: 2^53 − 1 seconds (285
    /// million years), the largest whole number a JSON reader's double holds exactly,
    /// so that the delay serializes as the number it is. A larger one, even beyond
    /// `u64`, means "a very long time" all the same.
    pub const MAX_DELAY_SECONDS: u64 = (1 << 53) - 1;

    /// Reads a header value: seconds (at most [`MAX_DELAY_SECONDS`]; more is read as
    /// that), or an IMF-fixdate (the form RFC 9110 requires senders to use) of a day
    /// that exists, whose weekday is that day's. Anything else is `None`.
    ///
    /// [`MAX_DELAY_SECONDS`]: Self::MAX_DELAY_SECONDS
    pub fn parse(value: &str) -> Option<RetryAfter> {
        let value = value.trim();
        if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            let seconds = value.parse().map_or(Self::MAX_DELAY_SECONDS, |s: u64| {
                s.min(Self::MAX_DELAY_SECONDS)
            });
            return Some(RetryAfter::Delay(Duration::from_secs(seconds)));
        }
        imf_fixdate(value).map(RetryAfter::At)
    }

    /// How long to wait from `now`: the delay, or the time until the date (zero when it
    /// has passed).
    pub fn delay(self, now: SystemTime) -> Duration {
        match self {
            RetryAfter::Delay(delay) => delay,
            RetryAfter::At(at) => at.duration_since(now).unwrap_or_default(),
        }
    }
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` as a time.
fn imf_fixdate(value: &str) -> Option<SystemTime> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // From 1 January 1970, a Thursday.
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    let (weekday, rest) = value.split_once(", ")?;
    let parts: Vec<&str> = rest.split(' ').collect();
    let [day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let number = |text: &str, digits: usize| -> Option<u64> {
        (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let day = number(day, 2)?;
    let month = MONTHS.iter().position(|m| m == month)? as u64 + 1;
    let year = number(year, 4)?;
    let clock: Vec<&str> = time.split(':').collect();
    let [hour, minute, second] = clock.as_slice() else {
        return None;
    };
    let (hour, minute, second) = (number(hour, 2)?, number(minute, 2)?, number(second, 2)?);
    if !date::is_date(year, month, day) || year < 1970 || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    if WEEKDAYS[(days % 7) as usize] != weekday {
        return None;
    }
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
    UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year ≥ 1970).
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    // Howard Hinnant's algorithm, with March as the first month of the year.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(
            RetryAfter::parse("120"),
            Some(RetryAfter::Delay(Duration::from_secs(120)))
        );
        assert_eq!(
            RetryAfter::parse(" 0 "),
            Some(RetryAfter::Delay(Duration::ZERO))
        );
        let at = RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(at, RetryAfter::At(now));
        assert_eq!(
            at.delay(now - Duration::from_secs(5)),
            Duration::from_secs(5)
        );
        assert_eq!(at.delay(now + Duration::from_secs(5)), Duration::ZERO);
        assert_eq!(
            RetryAfter::parse("Thu, 29 Feb 2024 23:59:60 GMT"),
            Some(RetryAfter::At(
                UNIX_EPOCH + Duration::from_secs(1_709_251_200)
            ))
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 32 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(RetryAfter::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_huge_delay_is_the_largest_a_json_double_holds_exactly() {
        let most = Some(RetryAfter::Delay(Duration::from_secs(
            RetryAfter::MAX_DELAY_SECONDS,
        )));
        assert_eq!(
            RetryAfter::MAX_DELAY_SECONDS as f64 as u64,
            RetryAfter::MAX_DELAY_SECONDS
        );
        for huge in [
            "9007199254740992",
            "18446744073709551615",
            "1".repeat(40).as_str(),
        ] {
            assert_eq!(RetryAfter::parse(huge), most, "{huge}");
        }
        assert_eq!(
            RetryAfter::parse("9007199254740990"),
            Some(RetryAfter::Delay(Duration::from_secs(
                9_007_199_254_740_990
            )))
        );
    }

    #[test]
    fn a_date_must_exist_and_fall_on_its_weekday() {
        for impossible in [
            "Mon, 31 Feb 2030 00:00:00 GMT",
            "Sat, 29 Feb 2100 00:00:00 GMT",
            "Wed, 31 Apr 2030 00:00:00 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "sun, 06 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(RetryAfter::parse(impossible), None, "{impossible}");
        }
        for real in [
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Tue, 29 Feb 2000 12:00:00 GMT",
            "Sun, 31 Dec 2062 23:59:59 GMT",
            "Thu, 30 Apr 2026 00:00:00 GMT",
        ] {
            assert!(RetryAfter::parse(real).is_some(), "{real}");
        }
    }
}
