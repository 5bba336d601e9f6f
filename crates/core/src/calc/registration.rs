//! The last day to register at the place of stay (Migration Code art. 21).
//!
//! Counting, as the reference gives the official calculator ("arrival + 15
//! days"): the event day is day 0, so a calendar-day period ends N days after
//! it, and a working-day period ends on the N-th working day after it.
//!
//! A calendar-day deadline on a non-working day is not moved. The reference
//! is silent; moving it could name a day later than the law allows, while
//! registering earlier costs nothing (registration is open online every day).
//! The answer says whether the last day is a non-working day, so a page can
//! say that offices are closed then.

use super::holidays::{self, CalendarError};
use super::rules::{self, Period, RegistrationEvent, RegistrationRule};
use super::Ymd;
use crate::countries::is_citizenship;
use crate::date::CivilDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The day of arrival in the country.
    Arrival(CivilDate),
    /// The day of arrival at a new place of stay.
    Move(CivilDate),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// The rule used: its id names the message, its `legal_basis` the law.
    pub rule: &'static RegistrationRule,
    pub last_day: CivilDate,
    /// Days from today to the last day: 0 when today is the last day, negative once it has passed.
    pub days_left: i64,
    /// Whether the last day is a non-working day; `None` when the calendar does not know its year.
    pub last_day_off: Option<bool>,
    /// The answer relied on a provisionally known year (message `calc::PROVISIONAL`).
    pub provisional: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineError {
    /// Not an ISO 3166-1 alpha-3 code or XXA/XXB/XXC.
    Citizenship,
    /// Citizens of Azerbaijan do not register at a place of stay.
    AzerbaijaniCitizen,
    /// No rule applies on the event day (it is before the first one).
    NoRule,
    /// The working days run into a year the calendar does not know.
    Calendar(CalendarError),
    /// The deadline would fall outside years 1-9999.
    DateRange,
}

impl DeadlineError {
    pub const ALL: &'static [DeadlineError] = &[
        DeadlineError::Citizenship,
        DeadlineError::AzerbaijaniCitizen,
        DeadlineError::NoRule,
        DeadlineError::Calendar(CalendarError::UnknownYear(0)),
        DeadlineError::DateRange,
    ];

    /// Message id (see `calc::message_ids`).
    pub fn key(self) -> &'static str {
        match self {
            DeadlineError::Citizenship => "calc-error-citizenship",
            DeadlineError::AzerbaijaniCitizen => "calc-error-azerbaijani-citizen",
            DeadlineError::NoRule => "calc-error-no-rule",
            DeadlineError::Calendar(e) => e.key(),
            DeadlineError::DateRange => "calc-error-date-range",
        }
    }
}

impl From<CalendarError> for DeadlineError {
    fn from(e: CalendarError) -> Self {
        DeadlineError::Calendar(e)
    }
}

/// The last day to register after `event`, for a person of `citizenship`
/// (ISO 3166-1 alpha-3, upper case, as `countries` uses), counted against `today`.
pub fn registration_deadline(citizenship: &str, event: Event, today: CivilDate) -> Result<Deadline, DeadlineError> {
    if !is_citizenship(citizenship) {
        return Err(DeadlineError::Citizenship);
    }
    if citizenship == "AZE" {
        return Err(DeadlineError::AzerbaijaniCitizen);
    }
    let (kind, day) = match event {
        Event::Arrival(d) => (RegistrationEvent::Arrival, d),
        Event::Move(d) => (RegistrationEvent::Move, d),
    };
    let rule = rules::pick(
        rules::REGISTRATION,
        Ymd::of(day),
        citizenship,
        None,
        |r| (r.who, r.applies_from),
        |r| r.event == kind,
    )
    .ok_or(DeadlineError::NoRule)?;
    let (last_day, last_day_off, provisional) = match rule.period {
        Period::CalendarDays(n) => {
            let last = day.add_days(i64::from(n)).ok_or(DeadlineError::DateRange)?;
            let off = holidays::is_working_day(last).ok().map(|working| !working);
            (last, off, off.is_some() && holidays::any_provisional(last, last))
        }
        Period::WorkingDays(n) => {
            let last = holidays::add_working_days(day, u32::from(n))?;
            (last, Some(false), holidays::any_provisional(day, last))
        }
    };
    Ok(Deadline {
        rule,
        last_day,
        days_left: last_day.to_days() - today.to_days(),
        last_day_off,
        provisional,
    })
}
