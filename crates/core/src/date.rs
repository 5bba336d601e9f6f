//! Civil (calendar) dates without time zones: a date of birth or an arrival
//! day is the same day everywhere, so no clock or zone may shift it (the
//! `toISOString()` pitfall). Small enough to write here instead of pulling a
//! date crate into the wasm bundle.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// `None` unless the date exists in the proleptic Gregorian calendar (years 1–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate {
            year,
            month,
            day,
        })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn day(self) -> u32 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of `to_days`; `None` outside years 1–9999.
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate::new(i32::try_from(year).ok()?, month, day)
    }

    pub fn add_days(self, n: i64) -> Option<Self> {
        Self::from_days(self.to_days().checked_add(n)?)
    }

    /// The same day `n` months later, or the month's last day when it is
    /// shorter (31 January + 1 month = 28 or 29 February), as periods of
    /// stay and validity are counted.
    pub fn add_months(self, n: u32) -> Option<Self> {
        let months = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(n);
        let year = i32::try_from(months.div_euclid(12)).ok()?;
        let month = (months.rem_euclid(12) + 1) as u32;
        CivilDate::new(year, month, self.day.min(days_in_month(year, month)))
    }
}

/// Baku's offset from UTC: four hours, with no daylight saving since 2016.
const BAKU_OFFSET_SECS: i64 = 4 * 3600;

/// Today in Baku, from a Unix time in seconds: what "today" means for a date
/// of birth, an arrival or a booking, for the browser and the server alike.
pub fn baku_today(unix_secs: i64) -> Option<CivilDate> {
    CivilDate::from_days(unix_secs.checked_add(BAKU_OFFSET_SECS)?.div_euclid(86_400))
}

/// A moment written as RFC 3339 in UTC (`2026-11-18T16:02:00Z`, as the API
/// sends them), as the date and `HH:MM` it was in Baku.
pub fn baku_date_time(timestamp: &str) -> Option<(CivilDate, String)> {
    let (date, rest) = timestamp.split_once('T')?;
    let time = rest.strip_suffix('Z')?;
    let date = parse_iso(date)?;
    let mut hms = time.split(':');
    let (h, m): (i64, i64) = (hms.next()?.parse().ok()?, hms.next()?.parse().ok()?);
    if !(0..24).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    let minutes = date.to_days() * 1440 + h * 60 + m + BAKU_OFFSET_SECS / 60;
    let local = CivilDate::from_days(minutes.div_euclid(1440))?;
    let of_day = minutes.rem_euclid(1440);
    Some((local, format!("{:02}:{:02}", of_day / 60, of_day % 60)))
}

/// `YYYY-MM-DD`, as the API writes dates.
fn parse_iso(s: &str) -> Option<CivilDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    CivilDate::new(i32::try_from(n(0..4)?).ok()?, n(5..7)?, n(8..10)?)
}

/// The message naming the day of the week of `date`: "Monday", "bazar ertəsi", "понедельник".
pub fn weekday_message_id(date: CivilDate) -> &'static str {
    // Days since 1970-01-01, a Thursday.
    const IDS: [&str; 7] = [
        "date-weekday-4",
        "date-weekday-5",
        "date-weekday-6",
        "date-weekday-7",
        "date-weekday-1",
        "date-weekday-2",
        "date-weekday-3",
    ];
    IDS[date.to_days().rem_euclid(7) as usize]
}

/// The message naming month `m` (1–12) in a written date, e.g. "April", "aprel", "апреля".
pub fn month_message_id(m: u32) -> &'static str {
    const IDS: [&str; 12] = [
        "date-month-1",
        "date-month-2",
        "date-month-3",
        "date-month-4",
        "date-month-5",
        "date-month-6",
        "date-month-7",
        "date-month-8",
        "date-month-9",
        "date-month-10",
        "date-month-11",
        "date-month-12",
    ];
    IDS[(m.clamp(1, 12) - 1) as usize]
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The Azerbaijani ordinal suffix of a number, as a year is written
/// ("2026-cı il", "2023-cü il"): it follows the vowel of the last number
/// word said (altı → -cı, üç → -cü, doqquz → -cu, …; yüz, min).
pub fn az_ordinal_suffix(n: u32) -> &'static str {
    const UNITS: [&str; 10] = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"];
    const TENS: [&str; 10] = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"];
    match (n % 10, n / 10 % 10, n / 100 % 10) {
        (u, _, _) if u != 0 => UNITS[u as usize],
        (_, t, _) if t != 0 => TENS[t as usize],
        (_, _, h) if h != 0 => "cü", // yüz
        _ => "ci",                   // min (and 0: sıfır)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn today_and_moments_in_baku() {
        // 2026-11-28 20:00 UTC is already the 29th in Baku.
        assert_eq!(baku_today(1_795_896_000), CivilDate::new(2026, 11, 29));
        assert_eq!(baku_today(1_795_896_000 - 4 * 3600 - 1), CivilDate::new(2026, 11, 28));
        assert_eq!(
            baku_date_time("2026-11-18T16:02:00Z"),
            Some((CivilDate::new(2026, 11, 18).unwrap(), "20:02".into()))
        );
        assert_eq!(
            baku_date_time("2026-12-31T21:30:00Z"),
            Some((CivilDate::new(2027, 1, 1).unwrap(), "01:30".into()))
        );
        for bad in ["2026-11-18", "2026-11-18T25:00:00Z", "2026-11-18T16:02:00+04:00", "x"] {
            assert_eq!(baku_date_time(bad), None, "{bad}");
        }
        assert_eq!(month_message_id(4), "date-month-4");
    }

    #[test]
    fn months_later_keep_the_day_or_take_the_last() {
        let d = |y, m, d| CivilDate::new(y, m, d).unwrap();
        assert_eq!(d(2026, 1, 31).add_months(1), Some(d(2026, 2, 28)));
        assert_eq!(d(2027, 12, 31).add_months(2), Some(d(2028, 2, 29)));
        assert_eq!(d(2026, 11, 25).add_months(15), Some(d(2028, 2, 25)));
        assert_eq!(d(2026, 5, 5).add_months(0), Some(d(2026, 5, 5)));
        assert_eq!(d(9999, 12, 1).add_months(1), None);
    }

    #[test]
    fn known_days() {
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(CivilDate::new(2000, 3, 1).unwrap().to_days(), 11_017);
        assert_eq!(CivilDate::new(1969, 12, 31).unwrap().to_days(), -1);
        assert_eq!(
            CivilDate::new(2024, 2, 28).unwrap().add_days(1),
            CivilDate::new(2024, 2, 29)
        );
        assert_eq!(
            CivilDate::new(2025, 2, 28).unwrap().add_days(1),
            CivilDate::new(2025, 3, 1)
        );
        assert_eq!(CivilDate::new(2026, 2, 29), None);
        assert_eq!(CivilDate::new(2026, 0, 1), None);
    }

    proptest! {
        #[test]
        fn days_round_trip(d in -719_162i64..2_932_896) {
            let date = CivilDate::from_days(d).unwrap();
            prop_assert_eq!(date.to_days(), d);
        }

        #[test]
        fn next_day_is_one_later(y in 1i32..9999, m in 1u32..=12, day in 1u32..=31) {
            if let Some(date) = CivilDate::new(y, m, day) {
                if let Some(next) = date.add_days(1) {
                    prop_assert!(next > date);
                    prop_assert_eq!(next.to_days() - date.to_days(), 1);
                }
            }
        }
    }

    #[test]
    fn azerbaijani_ordinal_suffixes_follow_the_last_number_word() {
        let cases = [
            (2026, "cı"),
            (2023, "cü"),
            (2024, "cü"),
            (2029, "cu"),
            (2021, "ci"),
            (2010, "cu"),
            (2040, "cı"),
            (2090, "cı"),
            (1990, "cı"),
            (1980, "ci"),
            (2030, "cu"),
            (2100, "cü"),
            (2000, "ci"),
            (1, "ci"),
            (6, "cı"),
        ];
        for (n, suffix) in cases {
            assert_eq!(az_ordinal_suffix(n), suffix, "{n}");
        }
    }
}
