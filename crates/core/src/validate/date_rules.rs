//! Dates typed as `YYYY-MM-DD` and the rules about them: of birth, to come,
//! bookable, of age.

use super::{required, Code};
use crate::date::CivilDate;

/// A date of birth as `YYYY-MM-DD`: a real calendar date, not after `today`,
/// not before 1900.
pub fn date_of_birth(raw: &str, today: CivilDate) -> Result<CivilDate, Code> {
    let date = iso_date(raw)?;
    if date > today {
        Err(Code::DateInFuture)
    } else if date.year() < 1900 {
        Err(Code::DateTooEarly)
    } else {
        Ok(date)
    }
}

/// Any real calendar date written `YYYY-MM-DD`.
pub fn iso_date(raw: &str) -> Result<CivilDate, Code> {
    let raw = required(raw)?;
    let bytes = raw.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape {
        return Err(Code::DateFormat);
    }
    let n = |r: std::ops::Range<usize>| raw[r].parse::<u32>().map_err(|_| Code::DateFormat);
    CivilDate::new(n(0..4)? as i32, n(5..7)?, n(8..10)?).ok_or(Code::DateNotReal)
}

/// A day to come: a real date written `YYYY-MM-DD`, not before `today`.
pub fn future_date(raw: &str, today: CivilDate) -> Result<CivilDate, Code> {
    let date = iso_date(raw)?;
    if date < today {
        Err(Code::DateInPast)
    } else {
        Ok(date)
    }
}

/// A day that can be booked in the online queue: from today to
/// `queue::BOOKING_HORIZON_DAYS` ahead.
pub fn booking_date(raw: &str, today: CivilDate) -> Result<CivilDate, Code> {
    let date = future_date(raw, today)?;
    let last = today
        .add_days(crate::queue::BOOKING_HORIZON_DAYS)
        .ok_or(Code::DateTooLate)?;
    if date > last {
        Err(Code::DateTooLate)
    } else {
        Ok(date)
    }
}

/// At least 18 years old on `today`; answers the date of birth.
///
/// Someone born on 29 February turns 18 on 1 March when the 18th year is not
/// a leap year: of the two readings (28 February or 1 March) the later one,
/// so nobody is taken for an adult on a day either reading says they are not.
pub fn adult(date_of_birth: CivilDate, today: CivilDate) -> Result<CivilDate, Code> {
    let year = date_of_birth.year() + 18;
    let eighteenth =
        CivilDate::new(year, date_of_birth.month(), date_of_birth.day()).or_else(|| CivilDate::new(year, 3, 1));
    match eighteenth {
        Some(birthday) if birthday <= today => Ok(date_of_birth),
        _ => Err(Code::AgeUnder18),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 25).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn dates_of_birth() {
        assert_eq!(
            date_of_birth("1990-02-28", today()).map(|d| d.to_string()),
            Ok("1990-02-28".into())
        );
        assert_eq!(
            date_of_birth("2000-02-29", today()).map(|d| d.to_string()),
            Ok("2000-02-29".into())
        );
        assert_eq!(date_of_birth("1900-02-29", today()), Err(Code::DateNotReal));
        assert_eq!(date_of_birth("1990-13-01", today()), Err(Code::DateNotReal));
        assert_eq!(date_of_birth("1990-1-01", today()), Err(Code::DateFormat));
        assert_eq!(date_of_birth("01.02.1990", today()), Err(Code::DateFormat));
        assert_eq!(date_of_birth("2026-11-26", today()), Err(Code::DateInFuture));
        assert_eq!(date_of_birth("1899-12-31", today()), Err(Code::DateTooEarly));
        assert_eq!(date_of_birth(" ", today()), Err(Code::Required));
    }

    #[test]
    fn days_to_come() {
        assert!(future_date("2026-11-25", today()).is_ok());
        assert_eq!(future_date("2026-11-24", today()), Err(Code::DateInPast));
        assert_eq!(future_date("2026-11-31", today()), Err(Code::DateNotReal));
        assert!(booking_date("2027-01-24", today()).is_ok());
        assert_eq!(booking_date("2027-01-25", today()), Err(Code::DateTooLate));
        assert_eq!(booking_date("9999-12-31", today()), Err(Code::DateTooLate));
    }

    #[test]
    fn adults() {
        assert_eq!(adult(d(2008, 11, 25), today()), Ok(d(2008, 11, 25)));
        assert_eq!(adult(d(2008, 11, 26), today()), Err(Code::AgeUnder18));
        assert_eq!(adult(d(1950, 1, 1), today()), Ok(d(1950, 1, 1)));
        assert_eq!(adult(today(), today()), Err(Code::AgeUnder18));
        // Born on 29 February 2008: 18 on 1 March 2026, not on 28 February.
        assert_eq!(adult(d(2008, 2, 29), d(2026, 2, 28)), Err(Code::AgeUnder18));
        assert_eq!(adult(d(2008, 2, 29), d(2026, 3, 1)), Ok(d(2008, 2, 29)));
        // In a leap 18th year the day itself.
        assert_eq!(adult(d(2010, 2, 28), d(2028, 2, 28)), Ok(d(2010, 2, 28)));
        assert_eq!(adult(d(2010, 2, 28), d(2028, 2, 27)), Err(Code::AgeUnder18));
        // Born in the future or near the calendar's end: no overflow.
        assert_eq!(adult(d(9999, 12, 31), today()), Err(Code::AgeUnder18));
        assert_eq!(adult(d(9990, 1, 1), d(9999, 12, 31)), Err(Code::AgeUnder18));
    }

    proptest! {
        #[test]
        fn date_rules_never_panic(s in "\\PC{0,64}") {
            let _ = date_of_birth(&s, today());
            let _ = future_date(&s, today());
            let _ = booking_date(&s, today());
        }

        #[test]
        fn an_adult_stays_one(born in 0i64..2_000_000, age in 0i64..40_000) {
            let born = CivilDate::from_days(born - 700_000).unwrap();
            if let Some(today) = born.add_days(age) {
                if adult(born, today).is_ok() {
                    prop_assert!(adult(born, today.add_days(1).unwrap_or(today)).is_ok());
                    prop_assert!(age >= 18 * 365);
                }
            }
        }
    }
}
