//! Azerbaijan's working-day calendar, from `data/holidays.json` baked into
//! statics at build time (`build/holidays.rs` checks it: bad data fails the
//! build). A five-day week: Monday–Friday work unless the data says otherwise.
//! Only the years in the data are known; any other year is an error, never a
//! guess.

use super::Ymd;
use crate::date::CivilDate;

keyed_enum!(
    /// How sure the data is about a year (see each year's `note`): `Final`,
    /// the Cabinet's decisions for the year are in the data; `Provisional`,
    /// only the days fixed by law (Novruz, Ramazan, Gurban and transfers may
    /// be missing).
    Certainty {
        Final = "final",
        Provisional = "provisional",
    }
);

keyed_enum!(
    /// Why a listed day is what it is: a non-working `Holiday` of Labour Code
    /// art. 105.2; `Mourning`, 20 January, not moved off a weekend; an
    /// `Election` (voting) day, Election Code art. 8.2; a `Substitute`, the
    /// day off art. 105.5 or 105.6 gives for a holiday (`instead_of`); a
    /// `TransferOff`, a working day made a day off by a Cabinet decision;
    /// `Working` by a Cabinet decision (a weekend day, or a substitute day
    /// moved elsewhere).
    DayKind {
        Holiday = "holiday",
        Mourning = "mourning",
        Election = "election",
        Substitute = "substitute",
        TransferOff = "transfer-off",
        Working = "working",
    }
);

#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// What the act or page says, in English, with its number and date where known.
    pub title: &'static str,
    pub url: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Day {
    pub date: Ymd,
    pub kind: DayKind,
    /// Holiday names (message ids `holiday-<name>`); two when two holidays share the day.
    pub names: &'static [&'static str],
    /// For a substitute, or a substitute moved away: the holiday it stands for.
    pub instead_of: Option<Ymd>,
    pub source: &'static Source,
    pub note: &'static str,
}

impl Day {
    pub fn is_working(&self) -> bool {
        self.kind == DayKind::Working
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Year {
    pub year: i32,
    pub certainty: Certainty,
    pub note: &'static str,
    /// Sorted by date, one entry per date.
    pub days: &'static [Day],
}

impl Year {
    /// The listed entry for a date of this year, if any.
    pub fn day(&self, date: CivilDate) -> Option<&'static Day> {
        let key = Ymd::of(date);
        self.days
            .binary_search_by(|d| d.date.cmp(&key))
            .ok()
            .and_then(|i| self.days.get(i))
    }
}

include!(concat!(env!("OUT_DIR"), "/holidays.rs"));

/// Every year the calendar knows, in order.
pub fn years() -> &'static [Year] {
    YEARS
}

/// Every source the data cites.
pub fn sources() -> &'static [&'static Source] {
    SOURCES
}

/// The day the sources were last checked.
pub fn checked() -> Ymd {
    CHECKED
}

pub fn year(year: i32) -> Option<&'static Year> {
    YEARS.iter().find(|y| y.year == year)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarError {
    /// The calendar has no data for this year.
    UnknownYear(i32),
}

impl CalendarError {
    /// Message id (see `calc::message_ids`).
    pub fn key(self) -> &'static str {
        match self {
            CalendarError::UnknownYear(_) => "calc-error-calendar-year-unknown",
        }
    }
}

/// Saturday or Sunday: days since 1970-01-01, a Thursday, are 2 or 3 modulo 7.
pub fn is_weekend(date: CivilDate) -> bool {
    matches!(date.to_days().rem_euclid(7), 2 | 3)
}

pub fn is_working_day(date: CivilDate) -> Result<bool, CalendarError> {
    let known = year(date.year()).ok_or(CalendarError::UnknownYear(date.year()))?;
    Ok(match known.day(date) {
        Some(day) => day.is_working(),
        None => !is_weekend(date),
    })
}

/// The `n`-th working day after `start` (`start` itself never counts; `n = 0`
/// gives `start`). Fails on reaching a year the calendar does not know.
pub fn add_working_days(start: CivilDate, n: u32) -> Result<CivilDate, CalendarError> {
    let mut date = start;
    let mut left = n;
    while left > 0 {
        // Only 9999-12-31 has no next day, and no calendar knows year 10000.
        date = date
            .add_days(1)
            .ok_or(CalendarError::UnknownYear(date.year().saturating_add(1)))?;
        if is_working_day(date)? {
            left -= 1;
        }
    }
    Ok(date)
}

/// True when any year from `from` to `to` (inclusive) is only provisionally known.
pub fn any_provisional(from: CivilDate, to: CivilDate) -> bool {
    YEARS
        .iter()
        .any(|y| y.certainty == Certainty::Provisional && (from.year()..=to.year()).contains(&y.year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn weekends() {
        // 2025-03-08 was a Saturday, 2025-03-10 a Monday.
        assert!(is_weekend(d(2025, 3, 8)) && is_weekend(d(2025, 3, 9)));
        assert!(!is_weekend(d(2025, 3, 10)) && !is_weekend(d(2025, 3, 7)));
        assert!(is_weekend(d(1970, 1, 3)) && !is_weekend(d(1970, 1, 1)));
        assert!(is_weekend(d(1969, 12, 28)));
    }

    #[test]
    fn baked_years_are_sorted_and_sourced() {
        assert_eq!(years().iter().map(|y| y.year).collect::<Vec<_>>(), [2025, 2026, 2027]);
        assert_eq!(year(2027).unwrap().certainty, Certainty::Provisional);
        for y in years() {
            assert!(y.days.windows(2).all(|w| w[0].date < w[1].date));
            assert!(y
                .days
                .iter()
                .all(|day| day.date.year == y.year && !day.source.url.is_empty()));
        }
    }
}
