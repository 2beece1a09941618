//! API versions: the SDKs' directory names (`v20180525`), compared as the dates they are.

use std::fmt;
use tc_errors_internals::date;

/// An API version, such as `2018-05-25`: a valid date, ordered as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiVersion {
    year: u16,
    month: u8,
    day: u8,
}

impl ApiVersion {
    /// The version a directory of the SDK stands for: `v` and eight digits that make
    /// a valid date (`v20180525`), else `None`.
    pub fn from_dir(name: &str) -> Option<ApiVersion> {
        let digits = name.strip_prefix('v')?;
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<u16>().ok();
        let year = number(0..4)?;
        let month = u8::try_from(number(4..6)?).ok()?;
        let day = u8::try_from(number(6..8)?).ok()?;
        date::is_date(year.into(), month.into(), day.into()).then_some(ApiVersion {
            year,
            month,
            day,
        })
    }

    /// The directory name: `v20180525`.
    pub fn dir(&self) -> String {
        format!("v{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// `2018-05-25`, as the API's `X-TC-Version` header and the catalogs write it.
impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::ApiVersion;

    #[test]
    fn versions_are_dates_and_compare_as_dates() {
        let old = ApiVersion::from_dir("v20180525").unwrap();
        let new = ApiVersion::from_dir("v20220501").unwrap();
        assert!(old < new);
        assert_eq!(old.to_string(), "2018-05-25");
        assert_eq!(new.dir(), "v20220501");
        assert!(ApiVersion::from_dir("v20240229").is_some());
        for bad in [
            "v20230229",
            "v20181301",
            "v20180500",
            "v00000101",
            "20180525",
            "v2018052",
            "v201805250",
            "v2018-5-25",
            "common",
            "v+0180525",
        ] {
            assert_eq!(ApiVersion::from_dir(bad), None, "{bad}");
        }
    }
}
