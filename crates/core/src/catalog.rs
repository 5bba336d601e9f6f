//! The e-services as data. The facts (documents, fees, channels) live in
//! `data/catalog.json`, which an agency edits without touching code; the
//! words live in the Fluent files under the keys this module derives.

mod model;

pub use model::*;

use crate::i18n::{count, Messages};
use crate::money::Azn;

/// The catalog shipped with Qapı: `data/catalog.json`, checked against the
/// model and baked into a static by the build script (`build/catalog.rs`).
pub fn catalog() -> &'static Catalog {
    use std::borrow::Cow;
    static CATALOG: Catalog = include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
    &CATALOG
}

impl Catalog {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }
}

/// The Fluent attributes every service message carries (`svc-{id}.{attr}`).
pub const SERVICE_TEXT_ATTRIBUTES: [&str; 4] = ["summary", "who", "processing", "legal"];

/// Attributes a service message may carry: `validity` where a result lasts, `fee-note`
/// where the fee needs explaining (required for `Fees::StateDuty`), `keywords`:
/// other names people search by («ВНЖ»), read by the search and shown nowhere.
pub const SERVICE_OPTIONAL_ATTRIBUTES: [&str; 3] = ["validity", "fee-note", "keywords"];

/// The messages a fee table's durations are written with (see `period_label`).
pub const PERIOD_MESSAGE_IDS: [&str; 5] = [
    "period-days",
    "period-months",
    "period-years",
    "period-years-and-half",
    "fee-any-period",
];

/// A fee row's duration as the service texts write it: whole years as years,
/// a year and a half as such ("1.5 years", not "18 months"), else months or days.
pub fn period_label(messages: &Messages, period: Option<Period>) -> String {
    match period {
        Some(Period::Days(n)) => messages.format("period-days", &[("count", count(n.into()))]),
        Some(Period::Months(n)) if n % 12 == 0 => messages.format("period-years", &[("count", count((n / 12).into()))]),
        Some(Period::Months(n)) if n > 12 && n % 12 == 6 => {
            messages.format("period-years-and-half", &[("years", count((n / 12).into()))])
        }
        Some(Period::Months(n)) => messages.format("period-months", &[("count", count(n.into()))]),
        None => messages.text("fee-any-period"),
    }
}

impl Service {
    /// The Fluent message holding the title; its attributes hold the other texts.
    pub fn message_id(&self) -> String {
        format!("svc-{}", self.id)
    }

    /// The message saying whom the service is for, one per set of audiences
    /// (`service-for-foreigner-representative`, keys in `Audience::ALL` order),
    /// so that each language writes and orders the whole line itself.
    pub fn audience_message_id(&self) -> String {
        let keys: Vec<&str> = Audience::ALL
            .iter()
            .filter(|&&a| self.is_for(a))
            .map(|a| a.key())
            .collect();
        format!("service-for-{}", keys.join("-"))
    }

    pub fn document_message_ids(&self) -> impl Iterator<Item = String> + '_ {
        self.documents.iter().map(|d| format!("doc-{d}"))
    }

    /// Whether the service can be used here, from its start page
    /// (`/{lang}/services/{id}/start`): the lookups, the calculators and the
    /// online queue.
    pub fn has_start_page(&self) -> bool {
        crate::start_page::StartPage::for_service(&self.id).is_some()
    }

    pub fn is_for(&self, audience: Audience) -> bool {
        self.audiences.contains(&audience)
    }
}

impl Fees {
    /// The rows of a schedule, grouped by `FeeGroup` in first-seen order.
    pub fn groups(&self) -> Vec<(FeeGroup, Vec<&FeeRow>)> {
        let Fees::Schedule { rows } = self else {
            return Vec::new();
        };
        let mut groups: Vec<(FeeGroup, Vec<&FeeRow>)> = Vec::new();
        for row in rows.iter() {
            match groups.iter_mut().find(|(g, _)| *g == row.group) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((row.group, vec![row])),
            }
        }
        groups
    }
}

/// A fee schedule for one group laid out as a table: one row per duration,
/// one column per processing time.
#[derive(Debug, Clone, PartialEq)]
pub struct FeeTable {
    pub working_days: Vec<Option<u16>>,
    pub rows: Vec<(Option<Period>, Vec<Option<Azn>>)>,
}

impl FeeTable {
    pub fn new(rows: &[&FeeRow]) -> Self {
        // Each kept in order as it is gathered: a sort here would ship a
        // general sort in the home page's wasm for lists of three.
        let mut working_days: Vec<Option<u16>> = Vec::new();
        let mut periods: Vec<Option<Period>> = Vec::new();
        for r in rows {
            if let Err(at) = working_days.binary_search(&r.working_days) {
                working_days.insert(at, r.working_days);
            }
            if let Err(at) = periods.binary_search(&r.period) {
                periods.insert(at, r.period);
            }
        }
        let cell = |p: Option<Period>, d: Option<u16>| {
            rows.iter()
                .find(|r| r.period == p && r.working_days == d)
                .map(|r| r.amount)
        };
        let rows = periods
            .iter()
            .map(|&m| (m, working_days.iter().map(|&d| cell(m, d)).collect()))
            .collect();
        FeeTable { working_days, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    // How many services there are is data (the agency's list, see README),
    // not something a test pins.
    #[test]
    fn service_ids_are_unique_and_url_safe() {
        let services = &catalog().services;
        assert!(!services.is_empty());
        let ids: HashSet<_> = services.iter().map(|s| &*s.id).collect();
        assert_eq!(ids.len(), services.len(), "duplicate service id");
        for s in services.iter() {
            assert!(
                !s.id.is_empty() && s.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "id {:?} is not lower-case kebab",
                s.id
            );
        }
    }

    #[test]
    fn the_baked_catalog_is_the_json_file() {
        let parsed: Catalog = serde_json::from_str(include_str!("../data/catalog.json")).unwrap();
        assert_eq!(&parsed, catalog());
    }

    #[test]
    fn every_kind_has_a_service() {
        for &k in Kind::ALL {
            assert!(catalog().services.iter().any(|s| s.kind == k), "kind {k:?} is empty");
        }
    }

    #[test]
    fn durations_read_as_the_texts_write_them() {
        let label = |lang, p| period_label(&Messages::new(lang), p);
        use crate::Lang::{Az, En, Ru};
        assert_eq!(label(En, Some(Period::Months(18))), "1.5 years");
        assert_eq!(label(Ru, Some(Period::Months(18))), "1,5 года");
        assert_eq!(label(Az, Some(Period::Months(30))), "2,5 il");
        assert_eq!(label(En, Some(Period::Months(36))), "3 years");
        assert_eq!(label(Ru, Some(Period::Months(60))), "5 лет");
        assert_eq!(label(En, Some(Period::Months(6))), "6 months");
        assert_eq!(label(Ru, Some(Period::Days(30))), "30 дней");
    }

    #[test]
    fn the_audience_line_is_one_message_per_set_of_audiences() {
        let mut s = catalog().service("registration").unwrap().clone();
        s.audiences = vec![Audience::Host, Audience::Foreigner].into();
        assert_eq!(s.audience_message_id(), "service-for-foreigner-host");
    }

    #[test]
    fn every_service_is_complete() {
        for s in catalog().services.iter() {
            assert!(!s.audiences.is_empty(), "{}: no audience", s.id);
            assert!(!s.channels.is_empty(), "{}: no channel", s.id);
            let unique_docs: HashSet<_> = s.documents.iter().collect();
            assert_eq!(unique_docs.len(), s.documents.len(), "{}: repeated document", s.id);
            if s.kind == Kind::Application {
                assert!(!s.documents.is_empty(), "{}: an application needs documents", s.id);
            }
            if let Fees::Schedule { rows } = &s.fees {
                assert!(!rows.is_empty(), "{}: empty fee schedule", s.id);
                assert!(
                    rows.iter().all(|r| r.amount.qepik() > 0),
                    "{}: a zero fee belongs in `free`",
                    s.id
                );
                for (i, a) in rows.iter().enumerate() {
                    for b in &rows[i + 1..] {
                        assert!(
                            (a.group, a.working_days, a.period) != (b.group, b.working_days, b.period),
                            "{}: two fees for the same case",
                            s.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_category_and_audience_has_a_service() {
        let c = catalog();
        for &cat in Category::ALL {
            assert!(
                c.services.iter().any(|s| s.category == cat),
                "category {cat:?} is empty"
            );
        }
        for &a in Audience::ALL {
            assert!(c.services.iter().any(|s| s.is_for(a)), "audience {a:?} has no service");
        }
    }

    #[test]
    fn fee_table_lays_out_durations_against_processing_times() {
        let row = |d, p, a: &str| FeeRow {
            group: FeeGroup::Adult,
            working_days: d,
            period: p,
            amount: a.parse().unwrap(),
        };
        let (m1, m2) = (Some(Period::Months(1)), Some(Period::Months(2)));
        let rows = [row(Some(3), m1, "30"), row(Some(1), m1, "50"), row(Some(1), m2, "100")];
        let refs: Vec<&FeeRow> = rows.iter().collect();
        let t = FeeTable::new(&refs);
        assert_eq!(t.working_days, vec![Some(1), Some(3)]);
        assert_eq!(
            t.rows[0],
            (m1, vec![Some("50".parse().unwrap()), Some("30".parse().unwrap())])
        );
        assert_eq!(t.rows[1], (m2, vec![Some("100".parse().unwrap()), None]));
    }

    #[test]
    fn keys_round_trip() {
        for &c in Channel::ALL {
            assert_eq!(Channel::from_key(c.key()), Some(c));
        }
        assert_eq!(Audience::from_key("nobody"), None);
    }
}
