//! The calculators' rules as rows: who, what, how long, the legal basis and
//! the day from which the row applies. A change in the law is a new row with
//! a later `applies_from`: the newest row in force on the relevant day wins,
//! and a row naming the person's citizenship beats a row for everyone.
//! Facts and their confidence are from `shared/reference/sms-domain-research.md`
//! and the sources named in each row.

use super::Ymd;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Everyone,
    /// Citizens of an ISO 3166-1 alpha-3 country.
    CitizensOf(&'static str),
    /// Stateless persons (ICAO code XXA) permanently residing in a country.
    StatelessResidentIn(&'static str),
}

impl Who {
    fn covers(self, citizenship: &str, resides_in: Option<&str>) -> bool {
        match self {
            Who::Everyone => true,
            Who::CitizensOf(c) => citizenship == c,
            Who::StatelessResidentIn(c) => citizenship == "XXA" && resides_in == Some(c),
        }
    }

    fn specific(self) -> bool {
        self != Who::Everyone
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationEvent {
    /// Arrival in the country.
    Arrival,
    /// Arrival at a new place of stay.
    Move,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar days after the event day.
    CalendarDays(u16),
    /// Working days after the event day (`holidays` decides which are).
    WorkingDays(u16),
}

#[derive(Debug, PartialEq, Eq)]
pub struct RegistrationRule {
    /// Stable; its message id is `calc-rule-<id>`.
    pub id: &'static str,
    pub event: RegistrationEvent,
    pub who: &'static [Who],
    pub period: Period,
    pub legal_basis: &'static str,
    pub source: &'static str,
    pub applies_from: Ymd,
    /// What is uncertain about the row, if anything.
    pub note: &'static str,
}

pub static REGISTRATION: &[RegistrationRule] = &[
    RegistrationRule {
        id: "registration-arrival-15",
        event: RegistrationEvent::Arrival,
        who: &[Who::Everyone],
        period: Period::CalendarDays(15),
        legal_basis: "Migration Code of the Republic of Azerbaijan (Law No. 713-IVQ of 2 July 2013), art. 21 \
                      (21.2-21.5): registration at the place of stay within 15 days of arrival in the country",
        source: "https://migration.gov.az/en/oyq",
        applies_from: Ymd::new(2019, 7, 24),
        note: "15 days since the July 2018 amendment, confirmed by Laws 1623-VQD and 1624-VQD in force on \
               24 July 2019; the earlier 3-day (2013) and 10-day (2015) periods are not modelled.",
    },
    RegistrationRule {
        id: "registration-arrival-kaz-30",
        event: RegistrationEvent::Arrival,
        who: &[Who::CitizensOf("KAZ")],
        period: Period::CalendarDays(30),
        legal_basis: "Protocol amending the Agreement between Azerbaijan and Kazakhstan on mutual visa-free \
                      travel of 2 October 2009 (register when staying more than 30 days); Migration Code, art. 21",
        source: "https://migration.gov.az/en/oyq",
        applies_from: Ymd::new(2021, 8, 26),
        note: "The Protocol's entry into force is not verified: 26 August 2021 is the day the State Migration \
               Service announced it (https://static.report.az/en/foreign-politics/azerbaijan-kazakhstan-amend-document-on-visa-free-travel). \
               Arrivals before it fall under the 15-day row.",
    },
    RegistrationRule {
        id: "registration-move-5-working-days",
        event: RegistrationEvent::Move,
        who: &[Who::Everyone],
        period: Period::WorkingDays(5),
        legal_basis: "Migration Code, art. 21 (21.2-21.5): on a change of place of stay, registration at the new \
                      address within 5 working days of arriving there (none when moving to another flat of the \
                      same owner, art. 21.9)",
        source: "https://migration.gov.az/en/oyq",
        applies_from: Ymd::new(2019, 7, 24),
        note: "The 5 working days are verified as the current rule; their first day is not, and is taken to be \
               that of the 15-day rule.",
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    VisaFree,
    Visa,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Days counted per calendar year (1 January to 31 December).
    CalendarYear,
    /// Days counted per stay, from the day of entry.
    PerStay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Days(u16),
    /// As many days as the person's visa allows (they say how many).
    VisaPeriod,
}

#[derive(Debug, PartialEq, Eq)]
pub struct StayRule {
    /// Stable; its message id is `calc-rule-<id>`.
    pub id: &'static str,
    pub who: &'static [Who],
    pub basis: Basis,
    pub window: Window,
    pub limit: Limit,
    pub legal_basis: &'static str,
    pub source: &'static str,
    pub applies_from: Ymd,
    pub note: &'static str,
}

pub static STAY: &[StayRule] = &[
    StayRule {
        id: "stay-rus-90-per-calendar-year",
        who: &[Who::CitizensOf("RUS"), Who::StatelessResidentIn("RUS")],
        basis: Basis::VisaFree,
        window: Window::CalendarYear,
        limit: Limit::Days(90),
        legal_basis: "Cabinet of Ministers Decision No. 561 of 29 December 2024: citizens of the Russian \
                      Federation arriving without a visa, and stateless persons permanently residing there, \
                      stay at most 90 days in one calendar year",
        source: "https://en.trend.az/azerbaijan/society/3990217.html",
        applies_from: Ymd::new(2025, 1, 1),
        note: "",
    },
    StayRule {
        id: "stay-visa-free-90",
        who: &[Who::Everyone],
        basis: Basis::VisaFree,
        window: Window::PerStay,
        limit: Limit::Days(90),
        legal_basis: "Migration Code (Law No. 713-IVQ of 2 July 2013), temporary stay (arts. 18-20 in the \
                      reference, numbering unverified): 90 days when visa-free, unless a treaty says otherwise",
        source: "https://migration.gov.az/index.php/en/page/72",
        applies_from: Ymd::new(2013, 8, 1),
        note: "Counted per stay from the day of entry, as the reference gives it; a treaty may set another period.",
    },
    StayRule {
        id: "stay-visa-period",
        who: &[Who::Everyone],
        basis: Basis::Visa,
        window: Window::PerStay,
        limit: Limit::VisaPeriod,
        legal_basis: "Migration Code, temporary stay (arts. 18-20 in the reference) and art. 38.1 (a visa allows \
                      up to 30 days on a single entry, 90 on multiple entries): the period the visa allows",
        source: "https://migration.gov.az/index.php/en/page/72",
        applies_from: Ymd::new(2013, 8, 1),
        note: "Counted per stay from the day of entry.",
    },
];

/// The row in force on `on` for this person: among rows that `fits` and
/// cover them, a specific row beats a general one, then the latest
/// `applies_from` wins.
pub(crate) fn pick<R>(
    rows: &'static [R],
    on: Ymd,
    citizenship: &str,
    resides_in: Option<&str>,
    parts: impl Fn(&R) -> (&'static [Who], Ymd),
    fits: impl Fn(&R) -> bool,
) -> Option<&'static R> {
    rows.iter()
        .filter(|r| fits(r))
        .filter_map(|r| {
            let (who, from) = parts(r);
            let covers = |w: &&Who| w.covers(citizenship, resides_in);
            let specific = who.iter().filter(covers).any(|w| w.specific());
            (from <= on && who.iter().any(|w| covers(&w))).then_some(((specific, from), r))
        })
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_well_formed() {
        let ids: Vec<&str> = REGISTRATION
            .iter()
            .map(|r| r.id)
            .chain(STAY.iter().map(|r| r.id))
            .collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "rule ids repeat");
        for r in REGISTRATION {
            assert!(
                r.applies_from.date().is_some() && r.source.starts_with("https://"),
                "{}",
                r.id
            );
            assert!(!r.legal_basis.is_empty());
        }
        for r in STAY {
            assert!(
                r.applies_from.date().is_some() && r.source.starts_with("https://"),
                "{}",
                r.id
            );
            // The stay calculator's look-ahead assumes an allowance shorter than a year.
            if let Limit::Days(n) = r.limit {
                assert!((1..365).contains(&n), "{}", r.id);
            }
        }
        for who in REGISTRATION
            .iter()
            .flat_map(|r| r.who)
            .chain(STAY.iter().flat_map(|r| r.who))
        {
            if let Who::CitizensOf(c) | Who::StatelessResidentIn(c) = who {
                assert!(crate::countries::is_citizenship(c), "{c}");
            }
        }
    }
}
