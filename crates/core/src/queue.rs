//! The online queue's timetable: which times can be booked on a day. Offices
//! open on working days: the same calendar as the registration-deadline
//! calculator (`calc::holidays`), so public holidays are closed and a
//! Saturday made a working day is open.

use crate::date::CivilDate;

/// Monday to Friday, 09:00–13:00 and 14:00–18:00, a visit every 20 minutes.
const OPENING: [(u32, u32); 2] = [(9 * 60, 13 * 60), (14 * 60, 18 * 60)];
const SLOT_MINUTES: u32 = 20;
/// How far ahead a visit can be booked (the `date-too-late` message says 60).
pub const BOOKING_HORIZON_DAYS: i64 = 60;

/// ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
pub fn weekday(date: CivilDate) -> u32 {
    (date.to_days() + 3).rem_euclid(7) as u32 + 1
}

/// Whether the offices open on `date`: a working day of the calendar, or,
/// in a year it does not know yet, Monday to Friday.
pub fn is_open(date: CivilDate) -> bool {
    crate::calc::holidays::is_working_day(date).unwrap_or(weekday(date) <= 5)
}

/// The bookable times of `date` as `HH:MM`, in order; none on a day off.
pub fn slot_times(date: CivilDate) -> Vec<String> {
    if !is_open(date) {
        return Vec::new();
    }
    OPENING
        .iter()
        .flat_map(|&(from, to)| (from..to).step_by(SLOT_MINUTES as usize))
        .map(|m| format!("{:02}:{:02}", m / 60, m % 60))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> CivilDate {
        CivilDate::new(y, m, d).unwrap()
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(day(1970, 1, 1)), 4);
        assert_eq!(weekday(day(2026, 11, 25)), 3);
        assert_eq!(weekday(day(2026, 11, 29)), 7);
    }

    #[test]
    fn a_weekday_has_24_slots_and_a_weekend_none() {
        let slots = slot_times(day(2026, 11, 25));
        assert_eq!(slots.len(), 24);
        assert_eq!(slots.first().map(String::as_str), Some("09:00"));
        assert_eq!(slots.last().map(String::as_str), Some("17:40"));
        assert!(!slots.contains(&"13:00".to_owned()));
        assert!(slot_times(day(2026, 11, 28)).is_empty());
    }

    #[test]
    fn public_holidays_are_closed() {
        assert!(slot_times(day(2026, 11, 9)).is_empty(), "Flag Day, a Monday");
        // Victory Day fell on Sunday 8 November 2026: Tuesday the 10th is its day off.
        assert!(slot_times(day(2026, 11, 10)).is_empty());
        assert!(!slot_times(day(2026, 11, 11)).is_empty());
        assert!(slot_times(day(2026, 5, 28)).is_empty(), "Independence Day, a Thursday");
        // A year the calendar does not know yet: weekdays open.
        assert_eq!(slot_times(day(2031, 5, 28)).len(), 24);
    }
}
