//! Field rules, written once: the browser runs them as the person types, the
//! backend runs them again on every request. Each failure is a stable `Code`,
//! which is also the Fluent message id of its explanation (`error-<code>`)
//! and the `code` of a 422 response, so any layer can show the translated text.
//!
//! The generic rules are here; the others are in `validate/`, one module per
//! kind of value, re-exported so that every rule is `validate::<rule>`. `Code`
//! stays in this file: the contract check (`tests/conformance/check.py`) reads
//! its keys from `validate.rs`.

mod address;
mod date_rules;
mod identity;
mod name;
mod nfc;
mod phone;

pub use address::postal_code;
pub use date_rules::{adult, booking_date, date_of_birth, future_date, iso_date};
pub use identity::{fin, passport_number, permit_card_number, personal_code, stay_decision_number};
pub use name::person_name;
pub use phone::phone;

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
    FinFormat = "fin-format",
    PersonalCodeFormat = "personal-code-format",
    PermitNumberFormat = "permit-number-format",
    DecisionNumberFormat = "decision-number-format",
    PhoneFormat = "phone-format",
    PhoneNotAllocated = "phone-not-allocated",
    PostalCodeFormat = "postal-code-format",
    AgeUnder18 = "age-under-18",
    AnswerUnknown = "answer-unknown",
    AnswerShape = "answer-shape",
    TextCharacters = "text-characters",
    NumberFormat = "number-format",
    NumberRange = "number-range",
    ChoiceUnknown = "choice-unknown",
    DistrictUnknown = "district-unknown",
    DateNotAfter = "date-not-after",
    ExpiresTooSoon = "expires-too-soon",
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

/// One refused field: `field` is the JSON path of the value, e.g.
/// `applicant.date_of_birth`, or the id of a form's answer (`stay.until`);
/// `args` are the limits its message states (`max`, `date` as `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: Code,
    #[serde(default, skip_serializing_if = "Args::is_empty")]
    pub args: Args,
}

/// A refusal's arguments by name, written as a JSON object: one or two,
/// so a short list rather than a map (`ListMap`).
pub type Args = crate::list_map::ListMap<String>;

impl FieldError {
    pub fn new(field: &str, code: Code) -> Self {
        FieldError {
            field: field.to_owned(),
            code,
            args: Args::default(),
        }
    }

    /// Adds a value the message states.
    pub fn with_arg(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

/// Collects field errors while checking a whole request, so the person sees
/// every problem at once rather than one per attempt.
#[derive(Debug, Default)]
pub struct Report {
    errors: Vec<FieldError>,
}

impl Report {
    pub fn check<T>(&mut self, field: &str, result: Result<T, Code>) -> Option<T> {
        result.map_err(|code| self.add(field, code)).ok()
    }

    pub fn add(&mut self, field: &str, code: Code) {
        self.errors.push(FieldError::new(field, code));
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    /// The fields refused so far.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.errors.iter().map(|e| e.field.as_str())
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

/// The value with surrounding whitespace trimmed, or `required` if nothing is left.
pub(crate) fn required(raw: &str) -> Result<&str, Code> {
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

/// An id `POST /attachments` answered: its shape only; whether it exists is
/// for the backend to know.
pub fn attachment_id(raw: &str) -> Result<String, Code> {
    let id = required(raw)?;
    let ok = id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(id.to_owned())
    } else {
        Err(Code::AttachmentUnknown)
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

    #[test]
    fn services() {
        assert_eq!(service(" ").map(|s| &*s.id), Err(Code::Required));
        assert_eq!(service("nope").map(|s| &*s.id), Err(Code::ServiceUnknown));
        assert_eq!(service(" registration ").map(|s| &*s.id), Ok("registration"));
    }

    #[test]
    fn citizenships() {
        assert_eq!(citizenship("aze"), Ok("AZE".into()));
        assert_eq!(citizenship("XXA"), Ok("XXA".into()));
        assert_eq!(citizenship("ZZZ"), Err(Code::CitizenshipUnknown));
        assert_eq!(citizenship("AZ"), Err(Code::CitizenshipUnknown));
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
            assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), *c);
        }
        let unknown = serde_json::from_str::<Code>("\"no-such-code\"")
            .unwrap_err()
            .to_string();
        assert!(
            unknown.starts_with("unknown variant `no-such-code`, expected one of `required`"),
            "{unknown}"
        );
        assert!(serde_json::from_str::<Code>("3").is_err());
        // An escaped key is read as the key it spells.
        assert_eq!(
            serde_json::from_str::<Code>("\"too\\u002dlong\"").unwrap(),
            Code::TooLong
        );
    }

    #[test]
    fn a_refusal_is_written_with_its_arguments_as_an_object() {
        let e = FieldError::new("stay.until", Code::DateTooLate)
            .with_arg("date", "2026-11-20")
            .with_arg("max", 3);
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"field":"stay.until","code":"date-too-late","args":{"date":"2026-11-20","max":"3"}}"#
        );
        assert_eq!(serde_json::from_str::<FieldError>(&json).unwrap(), e);
        let bare = FieldError::new("x", Code::Required);
        assert_eq!(
            serde_json::to_string(&bare).unwrap(),
            r#"{"field":"x","code":"required"}"#
        );
        assert_eq!(
            serde_json::from_str::<FieldError>(r#"{"field":"x","code":"required"}"#).unwrap(),
            bare
        );
        // A name given twice keeps the last value, as a map would.
        let twice: FieldError =
            serde_json::from_str(r#"{"field":"x","code":"required","args":{"max":"1","max":"2"}}"#).unwrap();
        assert_eq!(twice.args.get("max").map(String::as_str), Some("2"));
        assert!(serde_json::from_str::<FieldError>(r#"{"field":"x","code":"required","args":["max"]}"#).is_err());
    }

    proptest! {
        #[test]
        fn generic_rules_never_panic_and_keep_what_they_accept(s in "\\PC{0,64}") {
            let _ = service(&s);
            let _ = optional_text(&s, 10);
            if let Ok(c) = citizenship(&s) {
                prop_assert_eq!(citizenship(&c), Ok(c.clone()));
            }
            if let Ok(e) = email(&s) {
                prop_assert_eq!(email(&e), Ok(e.clone()));
            }
        }
    }
}
