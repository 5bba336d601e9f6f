//! Days of temporary stay used and left under the rule for the person's
//! citizenship and how they entered (`rules::STAY`).
//!
//! Trips are entry and exit dates, both days counted; a trip without an exit
//! counts up to today. A day counts once however many trips cover it, so
//! duplicated, overlapping and unordered trips give the same answer. Closed
//! trips after today count too: they are planned, and the person wants to
//! know whether the plan fits.
//!
//! Windows: under a calendar-year rule each year is counted apart (a trip
//! over New Year is split). Under a per-stay rule each stay (trips sharing at
//! least one day, merged) is counted from its entry; an exit and a new entry
//! on the next day start a new stay.

use super::rules::{self, Basis, Limit, StayRule, Window};
use super::Ymd;
use crate::countries::is_citizenship;
use crate::date::CivilDate;

/// Trips reaching further back than this many days before today are refused.
pub const MAX_PAST_DAYS: i64 = 5 * 365 + 2;
/// Trips reaching further ahead than this many days after today are refused.
pub const MAX_FUTURE_DAYS: i64 = 366;
/// More trips than this are refused, which bounds the work per question.
pub const MAX_TRIPS: usize = 100;
/// The longest stay a visa may allow, in days.
pub const MAX_VISA_DAYS: u16 = 366;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    VisaFree,
    /// On a visa allowing a stay of this many days.
    Visa {
        days: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trip {
    pub entry: CivilDate,
    /// `None` while the person is still in the country.
    pub exit: Option<CivilDate>,
}

#[derive(Debug, Clone, Copy)]
pub struct StayQuery<'a> {
    /// ISO 3166-1 alpha-3, or XXA/XXB/XXC.
    pub citizenship: &'a str,
    /// Country of permanent residence (ISO alpha-3): decides the rule for stateless persons (XXA).
    pub resides_in: Option<&'a str>,
    pub entry: Entry,
    pub trips: &'a [Trip],
    pub today: CivilDate,
}

/// Consecutive days present, inside one window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub first: CivilDate,
    pub last: CivilDate,
    pub days: u32,
    /// Indices (into the query's trips) of the trips covering these days.
    pub trips: Vec<usize>,
}

impl Segment {
    /// Each day present, for a day-by-day listing.
    pub fn dates(&self) -> impl Iterator<Item = CivilDate> {
        (self.first.to_days()..=self.last.to_days()).filter_map(CivilDate::from_days)
    }
}

/// The days counted against one allowance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowUsage {
    /// A calendar year's first and last day (from the rule's first day in its
    /// first year), or a stay's first and last day.
    pub first: CivilDate,
    pub last: CivilDate,
    pub used: u32,
    pub left: u32,
    /// Days beyond the allowance.
    pub over: u32,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunsOut {
    /// Staying every day from today on, this is the last day allowed.
    On(CivilDate),
    /// No day is left: being in the country today is already beyond the allowance.
    AlreadyOver,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayReport {
    /// The rule used: its id names the message, its `legal_basis` the law.
    pub rule: &'static StayRule,
    /// Days allowed per window.
    pub limit: u32,
    /// In the current window (the calendar year of today, or the stay that includes today).
    pub days_used: u32,
    pub days_left: u32,
    pub overstay_days: u32,
    pub runs_out: RunsOut,
    /// Every window with days counted, in order (a calendar-year rule always includes today's year).
    pub windows: Vec<WindowUsage>,
    /// Index in `windows` of the current window; `None` under a per-stay rule when today is in no stay.
    pub current: Option<usize>,
}

impl StayReport {
    pub fn current_window(&self) -> Option<&WindowUsage> {
        self.current.and_then(|i| self.windows.get(i))
    }
}

keyed_enum!(
    /// What is wrong with one trip; the key is its message id. `TooEarly`: a
    /// date more than `MAX_PAST_DAYS` before today; `TooLate`: more than
    /// `MAX_FUTURE_DAYS` after; `OpenInFuture`: no exit, but the entry is
    /// after today.
    TripProblem {
        ExitBeforeEntry = "calc-trip-exit-before-entry",
        TooEarly = "calc-trip-too-early",
        TooLate = "calc-trip-too-late",
        OpenInFuture = "calc-trip-open-in-future",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TripError {
    /// Index into the query's trips.
    pub index: usize,
    pub problem: TripProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StayError {
    Citizenship,
    AzerbaijaniCitizen,
    /// `resides_in` is not a country code.
    Residence,
    /// A visa's days outside 1..=`MAX_VISA_DAYS`.
    VisaDays,
    TooManyTrips,
    /// No rule applies today (before the first one).
    NoRule,
    /// A date the answer needs is outside years 1-9999.
    DateRange,
    /// Every trip with a problem, in order.
    Trips(Vec<TripError>),
}

impl StayError {
    pub const KEYS: &'static [&'static str] = &[
        "calc-error-citizenship",
        "calc-error-azerbaijani-citizen",
        "calc-error-residence",
        "calc-error-visa-days",
        "calc-error-too-many-trips",
        "calc-error-no-rule",
        "calc-error-date-range",
        "calc-error-trips",
    ];

    /// Message id (see `calc::message_ids`); for `Trips`, each trip's problem has its own.
    pub fn key(&self) -> &'static str {
        match self {
            StayError::Citizenship => "calc-error-citizenship",
            StayError::AzerbaijaniCitizen => "calc-error-azerbaijani-citizen",
            StayError::Residence => "calc-error-residence",
            StayError::VisaDays => "calc-error-visa-days",
            StayError::TooManyTrips => "calc-error-too-many-trips",
            StayError::NoRule => "calc-error-no-rule",
            StayError::DateRange => "calc-error-date-range",
            StayError::Trips(_) => "calc-error-trips",
        }
    }
}

/// Consecutive days as day numbers (`CivilDate::to_days`), both ends included.
struct Run {
    start: i64,
    end: i64,
    trips: Vec<usize>,
}

fn day(n: i64) -> Result<CivilDate, StayError> {
    CivilDate::from_days(n).ok_or(StayError::DateRange)
}

fn count(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

pub fn temporary_stay(q: &StayQuery<'_>) -> Result<StayReport, StayError> {
    if !is_citizenship(q.citizenship) {
        return Err(StayError::Citizenship);
    }
    if q.citizenship == "AZE" {
        return Err(StayError::AzerbaijaniCitizen);
    }
    if q.resides_in.is_some_and(|r| !is_citizenship(r) || r.starts_with("XX")) {
        return Err(StayError::Residence);
    }
    let (basis, visa_days) = match q.entry {
        Entry::VisaFree => (Basis::VisaFree, None),
        Entry::Visa { days } if (1..=MAX_VISA_DAYS).contains(&days) => (Basis::Visa, Some(u32::from(days))),
        Entry::Visa { .. } => return Err(StayError::VisaDays),
    };
    if q.trips.len() > MAX_TRIPS {
        return Err(StayError::TooManyTrips);
    }
    let rule = rules::pick(
        rules::STAY,
        Ymd::of(q.today),
        q.citizenship,
        q.resides_in,
        |r| (r.who, r.applies_from),
        |r| r.basis == basis,
    )
    .ok_or(StayError::NoRule)?;
    let limit = match rule.limit {
        Limit::Days(n) => u32::from(n),
        Limit::VisaPeriod => visa_days.ok_or(StayError::VisaDays)?,
    };
    let today = q.today.to_days();
    let intervals = intervals(q.trips, today)?;
    match rule.window {
        Window::CalendarYear => by_year(rule, limit, &intervals, q.today),
        Window::PerStay => by_stay(rule, limit, &intervals, today),
    }
}

/// Each trip as (first day, last day, index), or every trip's problem.
fn intervals(trips: &[Trip], today: i64) -> Result<Vec<(i64, i64, usize)>, StayError> {
    let mut out = Vec::with_capacity(trips.len());
    let mut problems = Vec::new();
    for (index, trip) in trips.iter().enumerate() {
        let entry = trip.entry.to_days();
        let exit = trip.exit.map(CivilDate::to_days);
        let dates = [Some(entry), exit];
        let problem = if exit.is_some_and(|x| x < entry) {
            Some(TripProblem::ExitBeforeEntry)
        } else if exit.is_none() && entry > today {
            Some(TripProblem::OpenInFuture)
        } else if dates.iter().flatten().any(|d| *d < today - MAX_PAST_DAYS) {
            Some(TripProblem::TooEarly)
        } else if dates.iter().flatten().any(|d| *d > today + MAX_FUTURE_DAYS) {
            Some(TripProblem::TooLate)
        } else {
            None
        };
        match problem {
            Some(problem) => problems.push(TripError { index, problem }),
            None => out.push((entry, exit.unwrap_or(today), index)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(StayError::Trips(problems))
    }
}

/// Trips merged into runs of consecutive days; `adjacent` also joins a run
/// with one starting the next day.
fn merge(intervals: &[(i64, i64, usize)], adjacent: bool) -> Vec<Run> {
    // In order by insertion (at most `MAX_TRIPS`): no sort's code in the
    // browser's copy of the calculator.
    let mut sorted: Vec<(i64, i64, usize)> = Vec::with_capacity(intervals.len());
    for &interval in intervals {
        let at = sorted.partition_point(|&other| other < interval);
        sorted.insert(at, interval);
    }
    let mut runs: Vec<Run> = Vec::new();
    for (start, end, index) in sorted {
        match runs.last_mut() {
            Some(run) if start <= run.end + i64::from(adjacent) => {
                run.end = run.end.max(end);
                // In order by insertion: a sort here would be a second copy
                // of the sort's code in the browser.
                let at = run.trips.partition_point(|&t| t < index);
                run.trips.insert(at, index);
            }
            _ => runs.push(Run {
                start,
                end,
                trips: vec![index],
            }),
        }
    }
    runs
}

fn usage(first: i64, last: i64, limit: u32, segments: Vec<Segment>) -> Result<WindowUsage, StayError> {
    let used = segments.iter().map(|s| s.days).sum::<u32>();
    Ok(WindowUsage {
        first: day(first)?,
        last: day(last)?,
        used,
        left: limit.saturating_sub(used),
        over: used.saturating_sub(limit),
        segments,
    })
}

fn by_year(
    rule: &'static StayRule,
    limit: u32,
    intervals: &[(i64, i64, usize)],
    today: CivilDate,
) -> Result<StayReport, StayError> {
    let runs = merge(intervals, true);
    let from = rule.applies_from.date().ok_or(StayError::NoRule)?.to_days();
    let bounds = |year: i32| -> Result<(i64, i64), StayError> {
        let first = CivilDate::new(year, 1, 1).ok_or(StayError::DateRange)?.to_days();
        let last = CivilDate::new(year, 12, 31).ok_or(StayError::DateRange)?.to_days();
        Ok((first.max(from), last))
    };
    // The years of the runs come in order (the runs do), and today's year
    // goes in its place: no sort's code needed.
    let mut years: Vec<i32> = Vec::new();
    for run in &runs {
        for year in day(run.start)?.year()..=day(run.end)?.year() {
            if years.last().is_none_or(|&last| last < year) {
                years.push(year);
            }
        }
    }
    if let Err(at) = years.binary_search(&today.year()) {
        years.insert(at, today.year());
    }

    let mut windows = Vec::new();
    let mut current = None;
    for year in years {
        let (first, last) = bounds(year)?;
        if last < first {
            continue; // a year wholly before the rule
        }
        let mut segments = Vec::new();
        for run in &runs {
            let (a, b) = (run.start.max(first), run.end.min(last));
            if a <= b {
                segments.push(Segment {
                    first: day(a)?,
                    last: day(b)?,
                    days: count(b - a + 1),
                    trips: run.trips.clone(),
                });
            }
        }
        if year == today.year() {
            current = Some(windows.len());
        } else if segments.is_empty() {
            continue;
        }
        windows.push(usage(first, last, limit, segments)?);
    }

    // Staying every day from today: today's year first, then a fresh allowance next year.
    let t = today.to_days();
    let (first, last) = bounds(today.year())?;
    let before: i64 = runs
        .iter()
        .map(|r| (r.end.min(t - 1) - r.start.max(first) + 1).max(0))
        .sum();
    let remaining = i64::from(limit) - before;
    let runs_out = if remaining <= 0 {
        RunsOut::AlreadyOver
    } else if t + remaining - 1 <= last {
        RunsOut::On(day(t + remaining - 1)?)
    } else {
        let (next, _) = bounds(today.year().saturating_add(1))?;
        RunsOut::On(day(next + i64::from(limit) - 1)?)
    };
    Ok(report(rule, limit, windows, current, runs_out))
}

fn by_stay(
    rule: &'static StayRule,
    limit: u32,
    intervals: &[(i64, i64, usize)],
    today: i64,
) -> Result<StayReport, StayError> {
    let runs = merge(intervals, false);
    let mut windows = Vec::with_capacity(runs.len());
    let mut current = None;
    let mut runs_out = RunsOut::On(day(today + i64::from(limit) - 1)?);
    for run in runs {
        if (run.start..=run.end).contains(&today) {
            current = Some(windows.len());
            let last_allowed = run.start + i64::from(limit) - 1;
            runs_out = if last_allowed < today {
                RunsOut::AlreadyOver
            } else {
                RunsOut::On(day(last_allowed)?)
            };
        }
        let segment = Segment {
            first: day(run.start)?,
            last: day(run.end)?,
            days: count(run.end - run.start + 1),
            trips: run.trips,
        };
        windows.push(usage(run.start, run.end, limit, vec![segment])?);
    }
    Ok(report(rule, limit, windows, current, runs_out))
}

fn report(
    rule: &'static StayRule,
    limit: u32,
    windows: Vec<WindowUsage>,
    current: Option<usize>,
    runs_out: RunsOut,
) -> StayReport {
    let now = current.and_then(|i| windows.get(i));
    StayReport {
        rule,
        limit,
        days_used: now.map_or(0, |w| w.used),
        days_left: now.map_or(limit, |w| w.left),
        overstay_days: now.map_or(0, |w| w.over),
        runs_out,
        windows,
        current,
    }
}
