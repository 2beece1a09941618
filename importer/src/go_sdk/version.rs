//! API versions: the SDKs' directory names (`v20180525`), compared as the dates they are.

use std::fmt;

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
        (year > 0 && (1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day))
            .then_some(ApiVersion { year, month, day })
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

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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
