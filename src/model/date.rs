//! A calendar date, read and written as `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A valid Gregorian calendar date. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date '{0}': expected a real calendar date written YYYY-MM-DD")]
pub struct InvalidDate(String);

impl Date {
    /// The date, if `year-month-day` exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl Date {
    /// The date `days` days after 1970-01-01 (negative: before), in the proleptic Gregorian
    /// calendar; `None` outside the years 0 to 65535. (Howard Hinnant's `civil_from_days`.)
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The month's English name.
    pub fn month_name(self) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        NAMES[usize::from(self.month - 1)]
    }
}

impl FromStr for Date {
    type Err = InvalidDate;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidDate(text.to_string());
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(invalid());
        }
        let number = |range: std::ops::Range<usize>| text[range].parse().map_err(|_| invalid());
        Date::new(number(0..4)?, number(5..7)? as u8, number(8..10)? as u8).ok_or_else(invalid)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::parsed::parsed(deserializer, str::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        let cases = [
            ("ordinary", "2025-09-02", true),
            ("leap day", "2024-02-29", true),
            ("not a leap year", "2025-02-29", false),
            ("century not leap", "1900-02-29", false),
            ("day 31 in a 30-day month", "2025-09-31", false),
            ("month 13", "2025-13-01", false),
            ("day 0", "2025-09-00", false),
            ("no padding", "2025-9-2", false),
            ("slashes", "2025/09/02", false),
            ("sign", "+025-09-02", false),
            ("empty", "", false),
            ("non-ascii digits", "２０２５-09-02", false),
        ];
        for (name, input, valid) in cases {
            assert_eq!(input.parse::<Date>().is_ok(), valid, "{name}: {input}");
        }
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        let cases = [
            (0, "1970-01-01"),
            (-1, "1969-12-31"),
            (11_016, "2000-02-29"),
            (20_333, "2025-09-02"),
            (20_785, "2026-11-28"),
        ];
        for (days, expected) in cases {
            assert_eq!(
                Date::from_days_since_epoch(days).unwrap().to_string(),
                expected
            );
        }
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
        let date = Date::from_days_since_epoch(20_333).unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2025, 9, 2));
        assert_eq!(date.month_name(), "September");
    }

    #[test]
    fn round_trips_and_orders_chronologically() {
        let early: Date = "2025-08-31".parse().unwrap();
        let late: Date = "2025-09-01".parse().unwrap();
        assert!(early < late);
        assert_eq!(early.to_string(), "2025-08-31");
        assert_eq!(serde_json::to_string(&late).unwrap(), "\"2025-09-01\"");
    }
}
