//! The temporary-stay calculator: worked examples under each rule, errors
//! with stable codes, and properties against a naive day-by-day count.

use proptest::prelude::*;
use qapi_core::calc::stay::{
    temporary_stay, Entry, RunsOut, StayError, StayQuery, StayReport, Trip, TripError, TripProblem, MAX_TRIPS,
};
use qapi_core::date::CivilDate;
use std::collections::BTreeSet;

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

fn trip(entry: CivilDate, exit: CivilDate) -> Trip {
    Trip {
        entry,
        exit: Some(exit),
    }
}

fn open(entry: CivilDate) -> Trip {
    Trip { entry, exit: None }
}

fn ask(citizenship: &str, entry: Entry, trips: &[Trip], today: CivilDate) -> Result<StayReport, StayError> {
    temporary_stay(&StayQuery {
        citizenship,
        resides_in: None,
        entry,
        trips,
        today,
    })
}

#[test]
fn russian_citizens_have_ninety_days_per_calendar_year() {
    let trips = [trip(d(2025, 1, 10), d(2025, 2, 8)), trip(d(2025, 3, 1), d(2025, 3, 30))];
    let r = ask("RUS", Entry::VisaFree, &trips, d(2025, 6, 1)).unwrap();
    assert_eq!(r.rule.id, "stay-rus-90-per-calendar-year");
    assert!(r.rule.legal_basis.contains("No. 561 of 29 December 2024"));
    assert_eq!((r.limit, r.days_used, r.days_left, r.overstay_days), (90, 60, 30, 0));
    assert_eq!(r.runs_out, RunsOut::On(d(2025, 6, 30)));
    let year = r.current_window().unwrap();
    assert_eq!((year.first, year.last), (d(2025, 1, 1), d(2025, 12, 31)));
    assert_eq!(year.segments.iter().map(|s| s.days).collect::<Vec<_>>(), [30, 30]);
    assert_eq!(year.segments[1].dates().count(), 30);
    assert_eq!(year.segments[1].dates().last(), Some(d(2025, 3, 30)));
}

#[test]
fn a_trip_over_new_year_is_split() {
    let trips = [trip(d(2025, 12, 20), d(2026, 1, 10))];
    let r = ask("RUS", Entry::VisaFree, &trips, d(2026, 2, 1)).unwrap();
    let per_year: Vec<(i32, u32)> = r.windows.iter().map(|w| (w.first.year(), w.used)).collect();
    assert_eq!(per_year, [(2025, 12), (2026, 10)]);
    assert_eq!((r.days_used, r.days_left), (10, 80));
    assert_eq!(r.current, Some(1));
}

#[test]
fn overstay_is_counted() {
    // In since 1 January 2025: 100 days by 10 April.
    let r = ask("RUS", Entry::VisaFree, &[open(d(2025, 1, 1))], d(2025, 4, 10)).unwrap();
    assert_eq!((r.days_used, r.days_left, r.overstay_days), (100, 0, 10));
    assert_eq!(r.runs_out, RunsOut::AlreadyOver);
    // Exactly 90 by yesterday: today is already over.
    let r = ask(
        "RUS",
        Entry::VisaFree,
        &[trip(d(2025, 1, 1), d(2025, 3, 31))],
        d(2025, 4, 1),
    )
    .unwrap();
    assert_eq!(
        (r.days_used, r.overstay_days, r.runs_out),
        (90, 0, RunsOut::AlreadyOver)
    );
}

#[test]
fn staying_into_next_year_starts_a_new_allowance() {
    let r = ask("RUS", Entry::VisaFree, &[], d(2025, 11, 1)).unwrap();
    // 61 days of 2025 fit; then 90 days of 2026.
    assert_eq!(r.runs_out, RunsOut::On(d(2026, 3, 31)));
    assert_eq!((r.days_used, r.days_left), (0, 90));
}

#[test]
fn stateless_residents_of_russia_share_the_rule() {
    let trips = [trip(d(2025, 2, 1), d(2025, 2, 10))];
    let q = |resides_in| StayQuery {
        citizenship: "XXA",
        resides_in,
        entry: Entry::VisaFree,
        trips: &trips,
        today: d(2025, 3, 1),
    };
    assert_eq!(
        temporary_stay(&q(Some("RUS"))).unwrap().rule.id,
        "stay-rus-90-per-calendar-year"
    );
    assert_eq!(temporary_stay(&q(None)).unwrap().rule.id, "stay-visa-free-90");
    assert_eq!(temporary_stay(&q(Some("XXB"))), Err(StayError::Residence));
    // Before 2025 the Russian rule did not apply.
    assert_eq!(
        ask("RUS", Entry::VisaFree, &trips, d(2024, 12, 31)).unwrap().rule.id,
        "stay-visa-free-90"
    );
}

#[test]
fn others_count_per_stay() {
    let r = ask("TUR", Entry::VisaFree, &[open(d(2025, 5, 1))], d(2025, 6, 1)).unwrap();
    assert_eq!(r.rule.id, "stay-visa-free-90");
    assert_eq!(
        (r.days_used, r.days_left, r.runs_out),
        (32, 58, RunsOut::On(d(2025, 7, 29)))
    );
    // Not in the country today: a new stay would start today.
    let r = ask(
        "TUR",
        Entry::VisaFree,
        &[trip(d(2025, 1, 1), d(2025, 5, 1))],
        d(2025, 6, 1),
    )
    .unwrap();
    assert_eq!((r.days_used, r.days_left, r.current), (0, 90, None));
    assert_eq!(r.runs_out, RunsOut::On(d(2025, 8, 29)));
    // That earlier stay was 121 days long: 31 over, shown in the breakdown.
    assert_eq!((r.windows[0].used, r.windows[0].over), (121, 31));
    // Leaving and coming back the next day is a new stay; sharing a day is one stay.
    let r = ask(
        "TUR",
        Entry::VisaFree,
        &[trip(d(2025, 3, 1), d(2025, 3, 10)), open(d(2025, 3, 11))],
        d(2025, 3, 20),
    )
    .unwrap();
    assert_eq!((r.windows.len(), r.days_used), (2, 10));
    let r = ask(
        "TUR",
        Entry::VisaFree,
        &[trip(d(2025, 3, 1), d(2025, 3, 10)), open(d(2025, 3, 10))],
        d(2025, 3, 20),
    )
    .unwrap();
    assert_eq!((r.windows.len(), r.days_used), (1, 20));
}

#[test]
fn a_visa_allows_its_own_period() {
    let r = ask("IND", Entry::Visa { days: 30 }, &[open(d(2025, 5, 1))], d(2025, 6, 5)).unwrap();
    assert_eq!(r.rule.id, "stay-visa-period");
    assert_eq!(
        (r.limit, r.days_used, r.overstay_days, r.runs_out),
        (30, 36, 6, RunsOut::AlreadyOver)
    );
    assert_eq!(
        ask("IND", Entry::Visa { days: 0 }, &[], d(2025, 6, 5)),
        Err(StayError::VisaDays)
    );
}

#[test]
fn a_day_counts_once() {
    let trips = [
        trip(d(2025, 1, 10), d(2025, 2, 8)),
        trip(d(2025, 1, 10), d(2025, 2, 8)),
        trip(d(2025, 2, 1), d(2025, 2, 15)),
    ];
    let r = ask("RUS", Entry::VisaFree, &trips, d(2025, 3, 1)).unwrap();
    assert_eq!(r.days_used, 37);
    let segment = &r.current_window().unwrap().segments[0];
    assert_eq!(
        (segment.first, segment.last, segment.trips.clone()),
        (d(2025, 1, 10), d(2025, 2, 15), vec![0, 1, 2])
    );
    // Listed in another order, a run still names its trips in order.
    let later_first = [trips[2].clone(), trips[0].clone()];
    let r = ask("RUS", Entry::VisaFree, &later_first, d(2025, 3, 1)).unwrap();
    assert_eq!(r.current_window().unwrap().segments[0].trips, vec![0, 1]);
}

#[test]
fn a_window_for_this_year_and_each_year_a_trip_touches() {
    let trips = [trip(d(2026, 3, 1), d(2026, 3, 9)), trip(d(2025, 12, 20), d(2026, 1, 5))];
    let r = ask("RUS", Entry::VisaFree, &trips, d(2027, 6, 1)).unwrap();
    let years: Vec<i32> = r.windows.iter().map(|w| w.first.year()).collect();
    assert_eq!(years, vec![2025, 2026, 2027]);
}

#[test]
fn invalid_trips_are_reported_with_codes() {
    let today = d(2025, 6, 1);
    let trips = [
        trip(d(2025, 5, 10), d(2025, 5, 1)),
        trip(d(2019, 1, 1), d(2019, 1, 5)),
        trip(d(2026, 8, 1), d(2026, 8, 5)),
        open(d(2025, 7, 1)),
        trip(d(2025, 5, 1), d(2025, 5, 1)),
    ];
    let problems = |index, problem| TripError { index, problem };
    assert_eq!(
        ask("RUS", Entry::VisaFree, &trips, today),
        Err(StayError::Trips(vec![
            problems(0, TripProblem::ExitBeforeEntry),
            problems(1, TripProblem::TooEarly),
            problems(2, TripProblem::TooLate),
            problems(3, TripProblem::OpenInFuture),
        ]))
    );
    let many = vec![trip(d(2025, 5, 1), d(2025, 5, 2)); MAX_TRIPS + 1];
    assert_eq!(ask("RUS", Entry::VisaFree, &many, today), Err(StayError::TooManyTrips));
    assert_eq!(
        ask("AZE", Entry::VisaFree, &[], today),
        Err(StayError::AzerbaijaniCitizen)
    );
    assert_eq!(ask("Russia", Entry::VisaFree, &[], today), Err(StayError::Citizenship));
    assert_eq!(ask("RUS", Entry::VisaFree, &[], d(2010, 1, 1)), Err(StayError::NoRule));
    assert_eq!(TripProblem::TooEarly.key(), "calc-trip-too-early");
}

/// Trips around a fixed today, all valid: entries from 600 days before to
/// 200 after, up to 120 days long, open only when entered by today.
fn trips() -> impl Strategy<Value = (Vec<Trip>, CivilDate)> {
    let today = d(2026, 6, 15);
    prop::collection::vec((-600i64..200, 0i64..120, any::<bool>()), 0..12).prop_map(move |raw| {
        let trips = raw
            .into_iter()
            .map(|(start, len, is_open)| {
                let entry = today.add_days(start).unwrap();
                Trip {
                    entry,
                    exit: (!is_open || start > 0).then(|| entry.add_days(len).unwrap()),
                }
            })
            .collect();
        (trips, today)
    })
}

/// Days present in a year, counted one by one.
fn naive_days_in_year(trips: &[Trip], today: CivilDate, year: i32) -> usize {
    let mut days = BTreeSet::new();
    for t in trips {
        let end = t.exit.unwrap_or(today).to_days();
        for n in t.entry.to_days()..=end {
            let date = CivilDate::from_days(n).unwrap();
            if date.year() == year {
                days.insert(n);
            }
        }
    }
    days.len()
}

/// What a page shows, without the trip indices (which a shuffle renumbers).
type Summary = (u32, u32, u32, RunsOut, Vec<(CivilDate, CivilDate, u32)>);

fn summary(r: &StayReport) -> Summary {
    let windows = r.windows.iter().map(|w| (w.first, w.last, w.used)).collect();
    (r.days_used, r.days_left, r.overstay_days, r.runs_out, windows)
}

proptest! {
    #[test]
    fn days_used_match_a_naive_count_and_fit_the_window((trips, today) in trips()) {
        let r = ask("RUS", Entry::VisaFree, &trips, today).unwrap();
        prop_assert_eq!(r.days_used as usize, naive_days_in_year(&trips, today, today.year()));
        for w in &r.windows {
            prop_assert!(i64::from(w.used) <= w.last.to_days() - w.first.to_days() + 1);
            prop_assert_eq!(w.used as usize, naive_days_in_year(&trips, today, w.first.year()));
            prop_assert_eq!(w.used, w.segments.iter().map(|s| s.dates().count() as u32).sum::<u32>());
            prop_assert_eq!(w.used + w.left, r.limit.max(w.used));
        }
    }

    #[test]
    fn the_order_of_trips_does_not_matter(
        (trips, today) in trips().prop_flat_map(|(t, today)| (Just(t.clone()).prop_shuffle(), Just(t), Just(today))).prop_map(|(a, b, today)| ((a, b), today)),
        russian in any::<bool>(),
    ) {
        let ((shuffled, original), today) = (trips, today);
        let citizenship = if russian { "RUS" } else { "BRA" };
        let a = ask(citizenship, Entry::VisaFree, &shuffled, today).unwrap();
        let b = ask(citizenship, Entry::VisaFree, &original, today).unwrap();
        prop_assert_eq!(summary(&a), summary(&b));
    }

    #[test]
    fn adding_a_trip_never_decreases_days_used((trips, today) in trips(), extra in (-600i64..200, 0i64..120), russian in any::<bool>()) {
        let citizenship = if russian { "RUS" } else { "MEX" };
        let before = ask(citizenship, Entry::VisaFree, &trips, today).unwrap();
        let mut more = trips.clone();
        let entry = today.add_days(extra.0).unwrap();
        more.push(trip(entry, entry.add_days(extra.1).unwrap()));
        let after = ask(citizenship, Entry::VisaFree, &more, today).unwrap();
        prop_assert!(after.days_used >= before.days_used);
        prop_assert!(after.days_left <= before.days_left);
        let total = |r: &StayReport| r.windows.iter().map(|w| w.used).sum::<u32>();
        prop_assert!(total(&after) >= total(&before));
    }

    #[test]
    fn any_dates_answer_without_panicking(
        raw in prop::collection::vec((-4_000_000i64..3_000_000, proptest::option::of(-4_000_000i64..3_000_000)), 0..8),
        today in -719_162i64..2_932_896,
        visa in any::<u16>(),
        citizenship in prop::sample::select(vec!["RUS", "XXA", "TUR", "AZE", "", "??"]),
    ) {
        let today = CivilDate::from_days(today).unwrap();
        let trips: Vec<Trip> = raw
            .iter()
            .filter_map(|(e, x)| Some(Trip { entry: CivilDate::from_days(*e)?, exit: x.and_then(CivilDate::from_days) }))
            .collect();
        for entry in [Entry::VisaFree, Entry::Visa { days: visa }] {
            let q = StayQuery { citizenship, resides_in: Some("RUS"), entry, trips: &trips, today };
            if let Ok(r) = temporary_stay(&q) {
                prop_assert!(r.days_used + r.days_left >= r.limit);
            }
        }
    }
}

#[test]
fn every_error_has_a_listed_message_id() {
    let errors = [
        StayError::Citizenship,
        StayError::AzerbaijaniCitizen,
        StayError::Residence,
        StayError::VisaDays,
        StayError::TooManyTrips,
        StayError::NoRule,
        StayError::DateRange,
        StayError::Trips(vec![]),
    ];
    let ids = qapi_core::calc::message_ids();
    assert_eq!(errors.len(), StayError::KEYS.len());
    for e in &errors {
        assert!(
            StayError::KEYS.contains(&e.key()) && ids.iter().any(|i| i == e.key()),
            "{e:?}"
        );
    }
    for p in TripProblem::ALL {
        assert!(ids.iter().any(|i| i == p.key()), "{p:?}");
    }
}
