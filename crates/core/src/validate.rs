//! Field rules, written once: the browser runs them as the person types, the
//! backend runs them again on every request. Each failure is a stable `Code`,
//! which is also the Fluent message id of its explanation (`error-<code>`)
//! and the `code` of a 422 response, so any layer can show the translated text.

use crate::date::CivilDate;
use serde::{Deserialize, Serialize};
use std::fmt;

keyed_enum!(
    /// Why a value was refused.
    Code {
    Required = "required",
    TooLong = "too-long",
    PassportNumberFormat = "passport-number-format",
    DateFormat = "date-format",
    DateNotReal = "date-not-real",
    DateInFuture = "date-in-future",
    DateTooEarly = "date-too-early",
    DateInPast = "date-in-past",
    DateTooLate = "date-too-late",
    CitizenshipUnknown = "citizenship-unknown",
    NameCharacters = "name-characters",
    EmailFormat = "email-format",
    RatingRange = "rating-range",
    ServiceUnknown = "service-unknown",
    ServiceNotApplication = "service-not-application",
    AttachmentUnknown = "attachment-unknown",
    OfficeUnknown = "office-unknown",
    SlotUnavailable = "slot-unavailable",
    BookingExists = "booking-exists",
    AttachmentsTooMany = "attachments-too-many",
    }
);

impl Code {
    /// The Fluent message that explains the code to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.key())
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One refused field: `field` is the JSON path of the value, e.g. `applicant.date_of_birth`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: Code,
}

/// Collects field errors while checking a whole request, so the person sees
/// every problem at once rather than one per attempt.
#[derive(Debug, Default)]
pub struct Report {
    errors: Vec<FieldError>,
}

impl Report {
    pub fn check<T>(&mut self, field: &str, result: Result<T, Code>) -> Option<T> {
        result
            .map_err(|code| {
                self.errors.push(FieldError {
                    field: field.to_owned(),
                    code,
                })
            })
            .ok()
    }

    pub fn add(&mut self, field: &str, code: Code) {
        self.errors.push(FieldError {
            field: field.to_owned(),
            code,
        });
    }

    /// Takes in the errors of a nested check (e.g. the person in a request).
    pub fn merge<T>(&mut self, result: Result<T, Vec<FieldError>>) -> Option<T> {
        result.map_err(|errors| self.errors.extend(errors)).ok()
    }

    pub fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

fn required(raw: &str) -> Result<&str, Code> {
    let t = raw.trim();
    if t.is_empty() {
        Err(Code::Required)
    } else {
        Ok(t)
    }
}

/// A service of the catalog, by its id: blank is `required`, anything else
/// not in the catalog `service-unknown`.
pub fn service(raw: &str) -> Result<&'static crate::catalog::Service, Code> {
    crate::catalog::catalog()
        .service(required(raw)?)
        .ok_or(Code::ServiceUnknown)
}

/// A passport or other travel document number: ICAO 9303 allows letters and
/// digits; people type spaces and lower case, which are dropped and raised.
pub fn passport_number(raw: &str) -> Result<String, Code> {
    let compact: String = required(raw)?
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>();
    // Upper-casing first would turn `ß` into `SS` and `ı` into `I`: another number.
    if !compact.is_ascii() {
        return Err(Code::PassportNumberFormat);
    }
    let compact = compact.to_ascii_uppercase();
    if compact.chars().count() > 20 {
        return Err(Code::TooLong);
    }
    let ok = compact.len() >= 5 && compact.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if ok {
        Ok(compact)
    } else {
        Err(Code::PassportNumberFormat)
    }
}

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

/// A citizenship as an ISO 3166-1 alpha-3 code (`AZE`, `RUS`, `XXA` for
/// stateless persons).
pub fn citizenship(raw: &str) -> Result<String, Code> {
    let code = required(raw)?.to_ascii_uppercase();
    if crate::countries::is_citizenship(&code) {
        Ok(code)
    } else {
        Err(Code::CitizenshipUnknown)
    }
}

/// A given name or family name in any script: letters, with the spaces,
/// hyphens and apostrophes names contain; at most 100 characters.
pub fn person_name(raw: &str) -> Result<String, Code> {
    let name = required(raw)?;
    if name.chars().count() > 100 {
        return Err(Code::TooLong);
    }
    let ok = name.chars().any(char::is_alphabetic)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'));
    if ok {
        Ok(name.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Err(Code::NameCharacters)
    }
}

/// An e-mail address, checked for shape only (one `@`, a dotted domain):
/// whether it exists is only known by writing to it.
pub fn email(raw: &str) -> Result<String, Code> {
    let e = required(raw)?;
    if e.chars().count() > 254 {
        return Err(Code::TooLong);
    }
    let ok = e.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.split('.').count() >= 2
            && domain.split('.').all(|part| !part.is_empty())
            && !e.chars().any(char::is_whitespace)
    });
    if ok {
        Ok(e.to_owned())
    } else {
        Err(Code::EmailFormat)
    }
}

/// Free text that may be empty, up to `max` characters.
pub fn optional_text(raw: &str, max: usize) -> Result<String, Code> {
    let t = raw.trim();
    if t.chars().count() > max {
        Err(Code::TooLong)
    } else {
        Ok(t.to_owned())
    }
}

/// A satisfaction rating from 1 to 5.
pub fn rating(value: i64) -> Result<u8, Code> {
    if (1..=5).contains(&value) {
        Ok(value as u8)
    } else {
        Err(Code::RatingRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 25).unwrap()
    }

    #[test]
    fn passport_numbers() {
        assert_eq!(passport_number(" c01x 00t4-7 "), Ok("C01X00T47".into()));
        assert_eq!(passport_number(""), Err(Code::Required));
        assert_eq!(service(" ").map(|s| &*s.id), Err(Code::Required));
        assert_eq!(service("nope").map(|s| &*s.id), Err(Code::ServiceUnknown));
        assert_eq!(service(" registration ").map(|s| &*s.id), Ok("registration"));
        assert_eq!(passport_number("AB12"), Err(Code::PassportNumberFormat));
        assert_eq!(passport_number("AB12345$"), Err(Code::PassportNumberFormat));
        assert_eq!(passport_number("ÄB123456"), Err(Code::PassportNumberFormat));
        // Letters whose upper case is other ASCII letters are not those letters.
        for lookalike in ["ßA12345", "ıA12345", "ﬁ123456", "ſ1234567"] {
            assert_eq!(
                passport_number(lookalike),
                Err(Code::PassportNumberFormat),
                "{lookalike}"
            );
        }
        assert_eq!(passport_number(&"1".repeat(21)), Err(Code::TooLong));
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
    fn citizenships() {
        assert_eq!(citizenship("aze"), Ok("AZE".into()));
        assert_eq!(citizenship("XXA"), Ok("XXA".into()));
        assert_eq!(citizenship("ZZZ"), Err(Code::CitizenshipUnknown));
        assert_eq!(citizenship("AZ"), Err(Code::CitizenshipUnknown));
    }

    #[test]
    fn names_in_every_script() {
        assert_eq!(person_name("  Əli   Məmmədov "), Ok("Əli Məmmədov".into()));
        assert_eq!(person_name("Анна-Мария"), Ok("Анна-Мария".into()));
        assert_eq!(person_name("O’Neil"), Ok("O’Neil".into()));
        assert_eq!(person_name("R2D2"), Err(Code::NameCharacters));
        assert_eq!(person_name("--"), Err(Code::NameCharacters));
        assert_eq!(person_name(&"a".repeat(101)), Err(Code::TooLong));
    }

    #[test]
    fn emails_and_ratings() {
        assert!(email("a.b@example.az").is_ok());
        for bad in ["a@b", "@b.az", "a@@b.az", "a b@c.az", "a@b..az"] {
            assert_eq!(email(bad), Err(Code::EmailFormat), "{bad}");
        }
        assert_eq!(rating(0), Err(Code::RatingRange));
        assert_eq!(rating(5), Ok(5));
        assert_eq!(optional_text(&"x".repeat(1001), 1000), Err(Code::TooLong));
    }

    #[test]
    fn codes_are_unique_kebab_keys() {
        let keys: std::collections::HashSet<_> = Code::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys.len(), Code::ALL.len());
        for c in Code::ALL {
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.key()));
        }
    }

    proptest! {
        #[test]
        fn validators_never_panic(s in "\\PC{0,64}") {
            let _ = passport_number(&s);
            let _ = date_of_birth(&s, today());
            let _ = citizenship(&s);
            let _ = person_name(&s);
            let _ = email(&s);
        }

        #[test]
        fn accepted_passport_numbers_are_stable(s in "[a-zA-Z0-9 ]{0,24}") {
            if let Ok(p) = passport_number(&s) {
                prop_assert_eq!(passport_number(&p), Ok(p.clone()));
            }
        }
    }
}
