//! What the calculators' pages show beside an answer, worked out here so the
//! pages only lay it out: the calendar's listed days inside a working-day
//! count, why a day is not a working day, and a stay's day-by-day rows.

use super::holidays::{self, Day};
use super::stay::WindowUsage;
use crate::date::CivilDate;

/// Every day the calendar lists after `after` up to `through` (both in
/// known years or not): the holidays, days off and working weekend days a
/// working-day count went by.
pub fn listed_days(after: CivilDate, through: CivilDate) -> Vec<&'static Day> {
    let (from, to) = (super::Ymd::of(after), super::Ymd::of(through));
    holidays::years()
        .iter()
        .flat_map(|y| y.days)
        .filter(|d| d.date > from && d.date <= to)
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    /// A Saturday or Sunday the calendar does not make a working day.
    Weekend,
    /// A day the calendar lists as not working (a holiday, a transferred day off …).
    Listed(&'static Day),
}

/// Why `date` is not a working day; `None` for a working day or a year the calendar does not know.
pub fn day_off(date: CivilDate) -> Option<DayOff> {
    let year = holidays::year(date.year())?;
    match year.day(date) {
        Some(day) if day.is_working() => None,
        Some(day) => Some(DayOff::Listed(day)),
        None => holidays::is_weekend(date).then_some(DayOff::Weekend),
    }
}

/// One day present in a window, for the day-by-day listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub date: CivilDate,
    /// The day's number in the window: the 1st, 2nd … day counted.
    pub number: u32,
    /// Indices (into the query's trips) of the trips covering the day.
    pub trips: Vec<usize>,
    /// Beyond the allowance of `limit` days.
    pub over: bool,
}

/// Each day counted in `window`, numbered in order.
pub fn rows(window: &WindowUsage, limit: u32) -> Vec<Row> {
    window
        .segments
        .iter()
        .flat_map(|s| s.dates().map(move |date| (date, &s.trips)))
        .zip(1..)
        .map(|((date, trips), number)| Row {
            date,
            number,
            trips: trips.clone(),
            over: number > limit,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::stay::{temporary_stay, Entry, StayQuery, Trip};
    use crate::date::weekday_message_id;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn weekdays_are_named() {
        assert_eq!(weekday_message_id(d(1970, 1, 1)), "date-weekday-4");
        assert_eq!(weekday_message_id(d(2026, 11, 29)), "date-weekday-7");
        assert_eq!(weekday_message_id(d(2025, 3, 31)), "date-weekday-1");
        assert_eq!(weekday_message_id(d(1969, 12, 29)), "date-weekday-1");
    }

    #[test]
    fn a_working_day_count_lists_the_days_it_went_by() {
        // A move on 19 March 2025: Novruz, the substitutes, the transfers and Ramazan.
        let days = listed_days(d(2025, 3, 19), d(2025, 4, 7));
        let dates: Vec<u32> = days.iter().map(|x| x.date.day).collect();
        assert_eq!(dates, [20, 21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 1]);
        assert!(days.last().unwrap().is_working());
        assert!(listed_days(d(2025, 3, 20), d(2025, 3, 20)).is_empty());
    }

    #[test]
    fn days_off_say_why() {
        assert_eq!(day_off(d(2025, 3, 16)), Some(DayOff::Weekend));
        assert!(matches!(day_off(d(2025, 3, 31)), Some(DayOff::Listed(day)) if day.names == ["ramazan"]));
        // 10 March 2025, a Monday, worked; a Saturday made working would be too.
        assert_eq!(day_off(d(2025, 3, 10)), None);
        assert_eq!(day_off(d(2025, 3, 12)), None);
        assert_eq!(day_off(d(2030, 1, 5)), None);
    }

    #[test]
    fn rows_number_each_day_and_mark_the_days_over() {
        let trips = [
            Trip {
                entry: d(2025, 12, 20),
                exit: Some(d(2026, 1, 3)),
            },
            Trip {
                entry: d(2026, 1, 2),
                exit: Some(d(2026, 1, 5)),
            },
        ];
        let q = StayQuery {
            citizenship: "RUS",
            resides_in: None,
            entry: Entry::VisaFree,
            trips: &trips,
            today: d(2026, 2, 1),
        };
        let r = temporary_stay(&q).unwrap();
        let year = r.current_window().unwrap();
        let rows = rows(year, 3);
        assert_eq!(rows.len(), 5);
        assert_eq!(
            (rows[0].date, rows[0].number, rows[0].trips.clone()),
            (d(2026, 1, 1), 1, vec![0, 1])
        );
        assert_eq!((rows[4].date, rows[4].number), (d(2026, 1, 5), 5));
        assert_eq!(rows.iter().filter(|r| r.over).count(), 2);
    }
}
