//! The two calculators of the e-services: the last day to register at the
//! place of stay (`registration`) and the days of temporary stay used and
//! left (`stay`), over the rules in `rules` and the working-day calendar in
//! `holidays`. Pure and total: no clock (the caller passes "today"), no I/O,
//! no panics; a question the data cannot answer is an error value.

pub mod explain;
pub mod holidays;
pub mod registration;
pub mod rules;
pub mod stay;

use crate::date::CivilDate;

/// A date as plain numbers, so rule tables and baked data can be `const`.
/// Field order makes the derived ordering the calendar order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    pub const fn new(year: i32, month: u32, day: u32) -> Self {
        Ymd { year, month, day }
    }

    pub fn of(date: CivilDate) -> Self {
        Ymd::new(date.year(), date.month(), date.day())
    }

    /// `None` if the numbers are no date (never for the baked data or rule tables: tests check).
    pub fn date(self) -> Option<CivilDate> {
        CivilDate::new(self.year, self.month, self.day)
    }
}

/// Every message id the calculators' answers can ask for: rule names
/// (`calc-rule-<rule id>`), error codes, holiday names (`holiday-<name>`),
/// day kinds (`calc-day-kind-<kind>`) and the provisional-calendar notice.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = rules::REGISTRATION
        .iter()
        .map(|r| r.id)
        .chain(rules::STAY.iter().map(|r| r.id))
        .map(|id| format!("calc-rule-{id}"))
        .collect();
    ids.push(holidays::CalendarError::UnknownYear(0).key().to_owned());
    ids.extend(registration::DeadlineError::ALL.iter().map(|e| e.key().to_owned()));
    ids.extend(stay::StayError::KEYS.iter().map(|k| (*k).to_owned()));
    ids.extend(stay::TripProblem::ALL.iter().map(|p| p.key().to_owned()));
    ids.extend(
        holidays::DayKind::ALL
            .iter()
            .map(|k| format!("calc-day-kind-{}", k.key())),
    );
    ids.push(PROVISIONAL.to_owned());
    let mut names: Vec<&str> = holidays::years()
        .iter()
        .flat_map(|y| y.days)
        .flat_map(|d| d.names)
        .copied()
        .collect();
    names.sort_unstable();
    names.dedup();
    ids.extend(names.iter().map(|n| format!("holiday-{n}")));
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Shown with any answer that relied on a provisionally known year.
pub const PROVISIONAL: &str = "calc-calendar-provisional";
