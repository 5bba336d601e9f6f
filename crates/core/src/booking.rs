//! What the online queue's pages work out without the backend: the days a
//! visit can be booked for, and the personal cancel link's fragment.

use crate::date::CivilDate;
use crate::queue::{is_open, BOOKING_HORIZON_DAYS};

/// The catalog id of the online queue, whose start page books a visit.
pub const QUEUE_SERVICE: &str = "online-queue";

/// Today and the next days up to the booking horizon on which the offices
/// open, in order: weekends and public holidays are never offered.
pub fn open_days(today: CivilDate) -> Vec<CivilDate> {
    (0..=BOOKING_HORIZON_DAYS)
        .filter_map(|n| today.add_days(n))
        .filter(|d| is_open(*d))
        .collect()
}

/// The cancel link's fragment (after `#`), holding the booking's reference
/// and secret. A fragment is never sent to a server, so the secret stays
/// out of request lines and logs.
pub fn cancel_fragment(reference: &str, secret: &str) -> String {
    format!("reference={reference}&secret={secret}")
}

/// The reference and secret of a cancel link's fragment (with or without
/// its `#`); `None` unless both are there.
pub fn parse_cancel_fragment(fragment: &str) -> Option<(String, String)> {
    let (mut reference, mut secret) = (None, None);
    for pair in fragment.trim_start_matches('#').split('&') {
        match pair.split_once('=') {
            Some(("reference", v)) => reference = Some(v.trim().to_owned()),
            Some(("secret", v)) => secret = Some(v.trim().to_owned()),
            _ => {}
        }
    }
    Some((reference?, secret?)).filter(|(r, s)| !r.is_empty() && !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue::weekday;

    fn day(y: i32, m: u32, d: u32) -> CivilDate {
        CivilDate::new(y, m, d).unwrap()
    }

    #[test]
    fn open_days_skip_weekends_and_holidays_up_to_the_horizon() {
        let today = day(2026, 11, 29);
        let days = open_days(today);
        assert!(days
            .iter()
            .all(|d| matches!(crate::calc::holidays::is_working_day(*d), Ok(true))));
        // No weekend day is made a working day in this period.
        assert!(days.iter().all(|d| weekday(*d) <= 5), "{days:?}");
        assert_eq!(days.first(), Some(&day(2026, 11, 30)));
        assert!(days.last().unwrap() <= &today.add_days(BOOKING_HORIZON_DAYS).unwrap());
        for holiday in [day(2026, 12, 31), day(2027, 1, 1), day(2027, 1, 20)] {
            assert!(!days.contains(&holiday), "{holiday}");
        }
        // 2 January 2027 is a Saturday holiday: Monday the 4th is its day off.
        assert!(!days.contains(&day(2027, 1, 4)));
        assert!(days.contains(&day(2027, 1, 5)));
        assert!(days.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn today_is_offered_when_the_offices_open() {
        let monday = day(2026, 11, 30);
        assert_eq!(open_days(monday).first(), Some(&monday));
    }

    #[test]
    fn the_cancel_fragment_round_trips() {
        let fragment = cancel_fragment("QB-4H7T-0ZK9", "9f86d081884c7d65");
        assert_eq!(fragment, "reference=QB-4H7T-0ZK9&secret=9f86d081884c7d65");
        let both = Some(("QB-4H7T-0ZK9".to_owned(), "9f86d081884c7d65".to_owned()));
        assert_eq!(parse_cancel_fragment(&fragment), both);
        assert_eq!(parse_cancel_fragment(&format!("#{fragment}")), both);
        assert_eq!(
            parse_cancel_fragment("#secret=9f86d081884c7d65&reference=QB-4H7T-0ZK9"),
            both
        );
        for partial in ["", "#", "#reference=QB-1", "#reference=&secret=x", "#top"] {
            assert_eq!(parse_cancel_fragment(partial), None, "{partial}");
        }
    }
}
