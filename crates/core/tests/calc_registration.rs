//! The registration-deadline calculator: the reference's rules as worked
//! examples (arrival + 15 days, + 30 for Kazakhstan, 5 working days after a
//! move), and properties against an independent count of working days.

use proptest::prelude::*;
use qapi_core::calc::holidays::{is_working_day, CalendarError};
use qapi_core::calc::registration::{registration_deadline, DeadlineError, Event};
use qapi_core::calc::{message_ids, rules, PROVISIONAL};
use qapi_core::date::CivilDate;

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

#[test]
fn arrival_gives_fifteen_calendar_days() {
    let r = registration_deadline("TUR", Event::Arrival(d(2025, 3, 1)), d(2025, 3, 1)).unwrap();
    assert_eq!(r.rule.id, "registration-arrival-15");
    assert_eq!(r.last_day, d(2025, 3, 16));
    assert_eq!(r.days_left, 15);
    // 16 March 2025 is a Sunday: said, not moved.
    assert_eq!(r.last_day_off, Some(true));
    assert!(!r.provisional);
    assert!(r.rule.legal_basis.contains("art. 21"));

    let stateless = registration_deadline("XXA", Event::Arrival(d(2026, 2, 27)), d(2026, 3, 20)).unwrap();
    assert_eq!(stateless.last_day, d(2026, 3, 14));
    assert_eq!(stateless.days_left, -6);
}

#[test]
fn kazakhstan_gets_thirty_days_since_the_protocol() {
    let r = registration_deadline("KAZ", Event::Arrival(d(2025, 3, 1)), d(2025, 3, 10)).unwrap();
    assert_eq!(r.rule.id, "registration-arrival-kaz-30");
    assert_eq!((r.last_day, r.days_left), (d(2025, 3, 31), 21));
    // Before the Protocol was announced, the general rule applied.
    let before = registration_deadline("KAZ", Event::Arrival(d(2021, 1, 10)), d(2021, 1, 10)).unwrap();
    assert_eq!(
        (before.rule.id, before.last_day),
        ("registration-arrival-15", d(2021, 1, 25))
    );
    // The calendar does not know 2021, so it cannot say whether that was a day off.
    assert_eq!(before.last_day_off, None);
}

#[test]
fn a_move_gives_five_working_days() {
    let deadline =
        |y, m, day| registration_deadline("RUS", Event::Move(d(y, m, day)), d(2025, 1, 1)).map(|r| r.last_day);
    // Novruz and Ramazan 2025: 20-31 March off, 1 April working again.
    assert_eq!(deadline(2025, 3, 19), Ok(d(2025, 4, 7)));
    // 2026: 20-30 March off.
    assert_eq!(deadline(2026, 3, 19), Ok(d(2026, 4, 6)));
    // Over New Year 2026: 31 December, 1-2 January and the weekend off.
    assert_eq!(deadline(2025, 12, 26), Ok(d(2026, 1, 7)));
    // A move on a Saturday counts from Monday.
    assert_eq!(deadline(2025, 6, 14), Ok(d(2025, 6, 23)));
    let r = registration_deadline("USA", Event::Move(d(2025, 6, 14)), d(2025, 6, 20)).unwrap();
    assert_eq!(
        (r.rule.id, r.days_left, r.last_day_off),
        ("registration-move-5-working-days", 3, Some(false))
    );
}

#[test]
fn unknown_and_provisional_years_are_said_plainly() {
    let move_on = |y, m, day| registration_deadline("GEO", Event::Move(d(y, m, day)), d(2026, 11, 29));
    assert_eq!(
        move_on(2024, 12, 27),
        Err(DeadlineError::Calendar(CalendarError::UnknownYear(2024)))
    );
    assert_eq!(
        move_on(2027, 12, 28),
        Err(DeadlineError::Calendar(CalendarError::UnknownYear(2028)))
    );
    // Into 2027, whose religious holidays are not set yet: an answer, marked provisional.
    let r = move_on(2026, 12, 28).unwrap();
    assert_eq!((r.last_day, r.provisional), (d(2027, 1, 7), true));
    assert!(!move_on(2026, 3, 19).unwrap().provisional);
    // A calendar-day deadline on 2027's substitute day off.
    let arrival = registration_deadline("GEO", Event::Arrival(d(2026, 12, 20)), d(2026, 12, 20)).unwrap();
    assert_eq!(
        (arrival.last_day, arrival.last_day_off, arrival.provisional),
        (d(2027, 1, 4), Some(true), true)
    );
}

#[test]
fn refusals_have_stable_codes() {
    let today = d(2025, 5, 1);
    let err = |c: &str, e| registration_deadline(c, e, today).unwrap_err();
    assert_eq!(err("AZE", Event::Arrival(today)), DeadlineError::AzerbaijaniCitizen);
    assert_eq!(err("rus", Event::Arrival(today)), DeadlineError::Citizenship);
    assert_eq!(err("", Event::Arrival(today)), DeadlineError::Citizenship);
    assert_eq!(err("IRN", Event::Arrival(d(2015, 1, 1))), DeadlineError::NoRule);
    assert_eq!(err("IRN", Event::Arrival(d(9999, 12, 31))), DeadlineError::DateRange);
    let keys: Vec<&str> = DeadlineError::ALL.iter().map(|e| e.key()).collect();
    assert!(keys.contains(&"calc-error-no-rule") && keys.contains(&"calc-error-calendar-year-unknown"));
}

#[test]
fn every_rule_and_code_has_a_message_id() {
    let ids = message_ids();
    for id in rules::REGISTRATION
        .iter()
        .map(|r| r.id)
        .chain(rules::STAY.iter().map(|r| r.id))
    {
        assert!(ids.contains(&format!("calc-rule-{id}")), "{id}");
    }
    for e in DeadlineError::ALL {
        assert!(ids.iter().any(|i| i == e.key()));
    }
    for id in [
        "holiday-novruz",
        "holiday-gurban",
        "holiday-municipal-elections",
        "calc-day-kind-transfer-off",
        PROVISIONAL,
    ] {
        assert!(ids.iter().any(|i| i == id), "{id}");
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
}

/// Weekday (0 = Sunday) by Sakamoto's formula, independent of the crate.
fn weekend(date: CivilDate) -> bool {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = date.year() - i32::from(date.month() < 3);
    matches!(
        (y + y / 4 - y / 100 + y / 400 + T[date.month() as usize - 1] + date.day() as i32) % 7,
        0 | 6
    )
}

proptest! {
    #[test]
    fn a_working_day_deadline_is_a_working_day(offset in 0i64..(3 * 365 - 10), today in 0i64..1000) {
        let moved = d(2025, 1, 1).add_days(offset).unwrap();
        let today = d(2025, 1, 1).add_days(today).unwrap();
        let r = registration_deadline("IND", Event::Move(moved), today).unwrap();
        prop_assert_eq!(is_working_day(r.last_day), Ok(true));
        // Off days are listed ones or weekends; a weekend deadline must be a listed working day.
        let listed = qapi_core::calc::holidays::year(r.last_day.year()).unwrap().day(r.last_day);
        prop_assert!(!weekend(r.last_day) || listed.is_some_and(|day| day.is_working()));
        prop_assert!(listed.is_none_or(|day| day.is_working()));
        let between = (1..=r.last_day.to_days() - moved.to_days())
            .filter(|k| is_working_day(moved.add_days(*k).unwrap()) == Ok(true))
            .count();
        prop_assert_eq!(between, 5);
        prop_assert_eq!(r.days_left, r.last_day.to_days() - today.to_days());
    }

    #[test]
    fn calendar_deadlines_are_fixed_offsets(offset in -2100i64..3000, kaz in any::<bool>()) {
        let arrival = d(2025, 6, 1).add_days(offset).unwrap();
        let citizenship = if kaz { "KAZ" } else { "CHN" };
        let r = registration_deadline(citizenship, Event::Arrival(arrival), arrival).unwrap();
        let days = if kaz && arrival >= d(2021, 8, 26) { 30 } else { 15 };
        prop_assert_eq!(r.last_day.to_days() - arrival.to_days(), days);
        prop_assert_eq!(r.days_left, days);
        prop_assert_eq!(r.last_day_off.is_some(), (2025..=2027).contains(&r.last_day.year()));
    }

    #[test]
    fn any_input_answers_without_panicking(
        y in 1i32..=9999, m in 1u32..=12, day in 1u32..=31, t in -5_000_000i64..5_000_000,
        citizenship in "[A-Zx]{0,4}", moved in any::<bool>(),
    ) {
        if let (Some(date), Some(today)) = (CivilDate::new(y, m, day), CivilDate::from_days(t)) {
            let event = if moved { Event::Move(date) } else { Event::Arrival(date) };
            let _ = registration_deadline(&citizenship, event, today);
            let _ = registration_deadline("KAZ", event, today);
        }
    }
}
