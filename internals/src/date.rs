//! The Gregorian calendar rule that API versions (macro and importer) and HTTP dates
//! (`Retry-After`, runtime) are checked against, written once.

/// How many days `month` of `year` has in the proleptic Gregorian calendar; 0 for a
/// month outside 1 to 12, so that no day of it exists.
pub const fn days_in_month(year: u64, month: u64) -> u64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `year`-`month`-`day` is a day that exists (year 0 is not taken for one).
pub const fn is_date(year: u64, month: u64, day: u64) -> bool {
    year > 0 && day >= 1 && day <= days_in_month(year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_leap_years() {
        assert_eq!(days_in_month(2023, 1), 31);
        assert_eq!(days_in_month(2023, 4), 30);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2023, 0), 0);
        assert_eq!(days_in_month(2023, 13), 0);
        assert!(is_date(2018, 5, 25));
        assert!(!is_date(2023, 2, 29));
        assert!(!is_date(2030, 2, 31));
        assert!(!is_date(0, 1, 1));
        assert!(!is_date(2018, 5, 0));
    }
}
