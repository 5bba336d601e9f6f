//! The working-day calendar against facts from outside the code: the
//! Ministry of Labour's own count of working days per year, the Cabinet's
//! transfers, and an independent weekday formula.

use proptest::prelude::*;
use qapi_core::calc::holidays::{add_working_days, is_working_day, year, years, CalendarError, Certainty, DayKind};
use qapi_core::date::CivilDate;
use std::collections::BTreeMap;

/// The build script's reader, so bad data is shown to fail the build.
#[path = "../build/holidays.rs"]
mod bake;

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

/// Sakamoto's weekday formula (0 = Sunday), independent of `CivilDate::to_days`.
fn weekday(date: CivilDate) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = date.year() - i32::from(date.month() < 3);
    ((y + y / 4 - y / 100 + y / 400 + T[date.month() as usize - 1] + date.day() as i32) % 7) as u32
}

/// The data read naively: date → working?, for every listed day.
fn listed() -> BTreeMap<(i32, u32, u32), bool> {
    years()
        .iter()
        .flat_map(|y| y.days)
        .map(|day| {
            (
                (day.date.year, day.date.month, day.date.day),
                day.kind == DayKind::Working,
            )
        })
        .collect()
}

fn working_naive(date: CivilDate, listed: &BTreeMap<(i32, u32, u32), bool>) -> bool {
    listed
        .get(&(date.year(), date.month(), date.day()))
        .copied()
        .unwrap_or(!matches!(weekday(date), 0 | 6))
}

fn working_days_in(y: i32) -> usize {
    let mut date = d(y, 1, 1);
    let mut n = 0;
    while date.year() == y {
        n += usize::from(is_working_day(date).unwrap());
        date = date.add_days(1).unwrap();
    }
    n
}

#[test]
fn official_working_day_counts() {
    // The Ministry's production calendars: 239 working days in 2025 (the
    // February transfer swapped two days for two), 241 in 2026.
    assert_eq!(working_days_in(2025), 239);
    assert_eq!(working_days_in(2026), 241);
}

#[test]
fn transfers_and_substitutes_2025() {
    let off = |y, m, day| !is_working_day(d(y, m, day)).unwrap();
    // New Year: 3 January off by the November 2024 decision.
    assert!(off(2025, 1, 3) && !off(2025, 1, 6));
    // Municipal elections.
    assert!(off(2025, 1, 29));
    // 8 March was a Saturday; its Monday off moved to 27 March, and
    // Ramazan's 1 April to 28 March: 20-31 March off, 10 March and 1 April working.
    assert!(!off(2025, 3, 10) && !off(2025, 4, 1));
    assert!((20..=31).all(|day| off(2025, 3, day)));
    assert!(!off(2025, 3, 19));
    // Gurban on Saturday 7 June and Salvation Day on Sunday 15 June.
    assert!(off(2025, 6, 9) && off(2025, 6, 16) && !off(2025, 6, 27));
    // 8-9 November on a weekend: 10-11 November off.
    assert!(off(2025, 11, 10) && off(2025, 11, 11) && !off(2025, 11, 12));
    // No transfer around New Year 2026.
    assert!(!off(2025, 12, 29) && !off(2025, 12, 30) && off(2025, 12, 31));
}

#[test]
fn coinciding_holidays_2026() {
    let off = |m, day| !is_working_day(d(2026, m, day)).unwrap();
    // Novruz with Ramazan: 20-30 March off, 31 March working.
    assert!((20..=30).all(|day| off(3, day)) && !off(3, 31));
    // Gurban with Independence Day: 29 May off too.
    assert!(off(5, 27) && off(5, 28) && off(5, 29) && off(5, 11));
    assert!(off(11, 10) && !off(11, 11));
}

#[test]
fn unknown_and_provisional_years() {
    assert_eq!(is_working_day(d(2024, 12, 31)), Err(CalendarError::UnknownYear(2024)));
    assert_eq!(is_working_day(d(2028, 1, 3)), Err(CalendarError::UnknownYear(2028)));
    assert_eq!(year(2025).unwrap().certainty, Certainty::Final);
    assert_eq!(year(2027).unwrap().certainty, Certainty::Provisional);
    assert!(!year(2027).unwrap().note.is_empty());
    // 2 January 2027 is a Saturday: Monday 4 January is off by art. 105.5.
    assert_eq!(is_working_day(d(2027, 1, 4)), Ok(false));
    assert_eq!(
        add_working_days(d(2027, 12, 28), 3),
        Err(CalendarError::UnknownYear(2028))
    );
    // The start day is not counted, so it may lie in an unknown year.
    assert_eq!(add_working_days(d(2024, 12, 31), 1), Ok(d(2025, 1, 6)));
    assert_eq!(
        add_working_days(d(2024, 12, 30), 1),
        Err(CalendarError::UnknownYear(2024))
    );
}

#[test]
fn adding_working_days() {
    assert_eq!(add_working_days(d(2025, 3, 19), 1), Ok(d(2025, 4, 1)));
    assert_eq!(add_working_days(d(2025, 3, 19), 5), Ok(d(2025, 4, 7)));
    assert_eq!(add_working_days(d(2025, 1, 1), 0), Ok(d(2025, 1, 1)));
    assert_eq!(add_working_days(d(2025, 12, 30), 1), Ok(d(2026, 1, 5)));
}

#[test]
fn every_listed_day_has_a_source() {
    for y in years() {
        for day in y.days {
            assert!(day.source.url.starts_with("http"), "{:?}", day.date);
            let date = day.date.date().unwrap();
            match day.kind {
                DayKind::Substitute | DayKind::TransferOff => assert!(!matches!(weekday(date), 0 | 6)),
                DayKind::Holiday | DayKind::Mourning | DayKind::Election => assert!(!day.names.is_empty()),
                DayKind::Working => {}
            }
        }
    }
}

#[test]
fn bad_data_fails_the_build_with_a_reason() {
    let good = include_str!("../data/holidays.json");
    assert!(bake::compile(good).is_ok());
    let cases = [
        // A holiday on a weekend without its day off (art. 105.5).
        (
            r#"{ "date": "2027-06-28", "kind": "substitute", "for": "2027-06-26", "source": "labour-code-105" },"#,
            "",
            "2027-06-26 (armed-forces-day, a Saturday) needs 1 substitute",
        ),
        (r#""2025-01-20""#, r#""2025-02-30""#, "not a YYYY-MM-DD date"),
        (r#""kind": "mourning""#, r#""kind": "mourn""#, "unknown kind"),
        (
            r#""source": "mourning-day""#,
            r#""source": "nope""#,
            "is not in \"sources\"",
        ),
        (r#""2025-01-29""#, r#""2025-01-19""#, "out of order"),
        (
            r#""date": "2027-12-31""#,
            r#""date": "2028-01-03""#,
            "listed under 2027",
        ),
        (
            r#""date": "2027-01-04""#,
            r#""date": "2027-01-03""#,
            "must be Monday-Friday",
        ),
        (r#""status": "provisional""#, r#""status": "maybe""#, "neither"),
        (r#""checked":"#, r#""chekced":"#, "unknown field"),
    ];
    for (from, to, reason) in cases {
        assert!(good.contains(from), "{from}");
        let error = bake::compile(&good.replacen(from, to, 1)).unwrap_err();
        assert!(
            error.contains(reason) && error.starts_with("crates/core/data/holidays.json"),
            "{error}"
        );
    }
}

proptest! {
    #[test]
    // 2025, 2026 and 2027 have 3 × 365 days: the last is offset 1094.
    fn calendar_agrees_with_a_naive_reading(offset in 0i64..(3 * 365)) {
        let date = d(2025, 1, 1).add_days(offset).unwrap();
        prop_assert_eq!(is_working_day(date), Ok(working_naive(date, &listed())));
    }

    #[test]
    fn working_days_land_on_working_days(offset in 0i64..(3 * 365 + 1), n in 0u32..60) {
        let start = d(2025, 1, 1).add_days(offset).unwrap();
        let listed = listed();
        match add_working_days(start, n) {
            Ok(end) => {
                prop_assert!(end >= start);
                if n > 0 {
                    prop_assert!(working_naive(end, &listed));
                    prop_assert!(!matches!(weekday(end), 0 | 6) || listed.contains_key(&(end.year(), end.month(), end.day())));
                }
                let counted = (1..=end.to_days() - start.to_days())
                    .filter(|k| working_naive(start.add_days(*k).unwrap(), &listed))
                    .count();
                prop_assert_eq!(counted, n as usize);
            }
            Err(CalendarError::UnknownYear(y)) => prop_assert_eq!(y, 2028),
        }
    }

    #[test]
    fn any_date_answers_without_panicking(y in 1i32..=9999, m in 1u32..=12, day in 1u32..=31, n in 0u32..100_000) {
        if let Some(date) = CivilDate::new(y, m, day) {
            let known = (2025..=2027).contains(&y);
            prop_assert_eq!(is_working_day(date).is_ok(), known);
            let _ = add_working_days(date, n);
        }
    }
}
