//! The HTTP API's bodies, as Rust types the app sends and the reference
//! backend receives. `api/openapi.yaml` is the contract; these types follow it.
//! Inputs arrive as strings, exactly as typed, so that validation (`validate`)
//! can name each bad field instead of failing the whole body.

use serde::{Deserialize, Serialize};

pub use crate::validate::FieldError;

/// RFC 9457 problem details; `errors` is present on 422 responses only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

fn about_blank() -> String {
    "about:blank".into()
}

/// Who a lookup is about: the triple printed in the person's passport.
/// (Missing text fields read as empty, so validation names them with
/// `required` rather than the whole body being refused.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonQuery {
    #[serde(default)]
    pub passport_number: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub citizenship: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApplicationStatus {
    Submitted,
    InReview,
    DocumentsRequested,
    AwaitingPayment,
    Approved,
    Refused,
    Issued,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: ApplicationStatus,
    /// RFC 3339 UTC timestamp.
    pub at: String,
}

/// What `POST /applications` answers, and one entry of a status lookup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub reference: String,
    pub service: String,
    pub status: ApplicationStatus,
    pub submitted_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedApplication {
    #[serde(flatten)]
    pub application: Application,
    pub history: Vec<StatusChange>,
    /// A decision or permit number once issued: `MOM1234567`, `MYİ1234567`, `DYİ1234567`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationStatusAnswer {
    pub applications: Vec<TrackedApplication>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub passport_number: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub citizenship: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewApplication {
    /// A catalog id of kind `application`.
    #[serde(default)]
    pub service: String,
    pub applicant: Applicant,
    /// Ids returned by `POST /attachments`.
    #[serde(default)]
    pub attachments: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegistrationState {
    Registered,
    /// No current registration was found. Said the same way whether or not
    /// the person is known, so the answer reveals nothing more.
    NotFound,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationStatusAnswer {
    pub status: RegistrationState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TravelBanState {
    NoBan,
    /// A restriction exists; its grounds are only told in person.
    Ban,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelBanAnswer {
    pub status: TravelBanState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentState {
    Unpaid,
    Paid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeePayment {
    pub payment_number: String,
    pub service: String,
    /// Decimal manats, e.g. "160.00".
    pub amount: String,
    pub status: PaymentState,
    pub due_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeePaymentsAnswer {
    pub payments: Vec<FeePayment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewFeedback {
    #[serde(default)]
    pub service: String,
    /// 1–5; `None` (absent or null) until the person chooses one, which
    /// validation refuses with `required`. JSON has one number type: `4.0`
    /// is 4; `4.5` reads as 0, which validation refuses with `rating-range`.
    #[serde(default, deserialize_with = "whole_number", skip_serializing_if = "Option::is_none")]
    pub rating: Option<i64>,
    #[serde(default)]
    pub comment: String,
}

use crate::catalog::{catalog, Kind};
use crate::date::CivilDate;
use crate::validate::{self, Code, Report};

/// A `PersonQuery` that passed validation, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Person {
    pub passport_number: String,
    pub date_of_birth: CivilDate,
    pub citizenship: String,
}

impl PersonQuery {
    pub fn validate(&self, today: CivilDate) -> Result<Person, Vec<FieldError>> {
        validate_person("", &self.passport_number, &self.date_of_birth, &self.citizenship, today)
    }
}

/// `prefix` is the JSON path of the object holding the three fields.
fn validate_person(
    prefix: &str,
    passport_number: &str,
    date_of_birth: &str,
    citizenship: &str,
    today: CivilDate,
) -> Result<Person, Vec<FieldError>> {
    let mut r = Report::default();
    let passport_number = r.check(
        &format!("{prefix}passport_number"),
        validate::passport_number(passport_number),
    );
    let date_of_birth = r.check(
        &format!("{prefix}date_of_birth"),
        validate::date_of_birth(date_of_birth, today),
    );
    let citizenship = r.check(&format!("{prefix}citizenship"), validate::citizenship(citizenship));
    match (passport_number, date_of_birth, citizenship) {
        (Some(passport_number), Some(date_of_birth), Some(citizenship)) => r.finish(Person {
            passport_number,
            date_of_birth,
            citizenship,
        }),
        _ => Err(r.finish(()).expect_err("a missing field was reported")),
    }
}

/// A `NewApplication` that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidApplication {
    pub service: String,
    pub given_name: String,
    pub family_name: String,
    pub person: Person,
    pub email: Option<String>,
    pub attachments: Vec<String>,
}

impl NewApplication {
    pub fn validate(&self, today: CivilDate) -> Result<ValidApplication, Vec<FieldError>> {
        let mut r = Report::default();
        let service = match catalog().service(&self.service) {
            None => r.check::<()>("service", Err(Code::ServiceUnknown)),
            Some(s) if s.kind != Kind::Application => r.check::<()>("service", Err(Code::ServiceNotApplication)),
            Some(_) => Some(()),
        };
        let a = &self.applicant;
        let given_name = r.check("applicant.given_name", validate::person_name(&a.given_name));
        let family_name = r.check("applicant.family_name", validate::person_name(&a.family_name));
        let email = match a.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
            None => Some(None),
            Some(e) => r.check("applicant.email", validate::email(e)).map(Some),
        };
        let person = match validate_person(
            "applicant.",
            &a.passport_number,
            &a.date_of_birth,
            &a.citizenship,
            today,
        ) {
            Ok(p) => Some(p),
            Err(errors) => {
                errors.into_iter().for_each(|e| r.add(&e.field, e.code));
                None
            }
        };
        match (service, given_name, family_name, email, person) {
            (Some(()), Some(given_name), Some(family_name), Some(email), Some(person)) => r.finish(ValidApplication {
                service: self.service.clone(),
                given_name,
                family_name,
                person,
                email,
                attachments: self.attachments.clone(),
            }),
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }
}

impl NewFeedback {
    /// The service id, rating and trimmed comment, when valid.
    pub fn validate(&self) -> Result<(String, u8, String), Vec<FieldError>> {
        let mut r = Report::default();
        let service = r.check(
            "service",
            catalog()
                .service(&self.service)
                .map(|s| s.id.to_string())
                .ok_or(Code::ServiceUnknown),
        );
        let rating = r.check("rating", self.rating.ok_or(Code::Required).and_then(validate::rating));
        let comment = r.check("comment", validate::optional_text(&self.comment, 1000));
        match (service, rating, comment) {
            (Some(s), Some(rt), Some(c)) => r.finish((s, rt, c)),
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 25).unwrap()
    }

    fn applicant() -> Applicant {
        Applicant {
            given_name: "Anna".into(),
            family_name: "Petrova".into(),
            passport_number: "75 1234567".into(),
            date_of_birth: "1990-04-12".into(),
            citizenship: "rus".into(),
            email: None,
        }
    }

    #[test]
    fn a_good_application_is_canonicalised() {
        let app = NewApplication {
            service: "temporary-residence".into(),
            applicant: applicant(),
            attachments: vec![],
        };
        let v = app.validate(today()).unwrap();
        assert_eq!(v.person.passport_number, "751234567");
        assert_eq!(v.person.citizenship, "RUS");
    }

    #[test]
    fn every_bad_field_is_reported_at_once_with_its_path() {
        let mut a = applicant();
        a.given_name = "".into();
        a.date_of_birth = "2030-01-01".into();
        a.email = Some("not-an-email".into());
        let app = NewApplication {
            service: "travel-ban-check".into(),
            applicant: a,
            attachments: vec![],
        };
        let errors = app.validate(today()).unwrap_err();
        let got: Vec<(&str, Code)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            vec![
                ("service", Code::ServiceNotApplication),
                ("applicant.given_name", Code::Required),
                ("applicant.email", Code::EmailFormat),
                ("applicant.date_of_birth", Code::DateInFuture),
            ]
        );
    }

    #[test]
    fn lookups_and_feedback() {
        let q = PersonQuery {
            passport_number: "x".into(),
            date_of_birth: "1990-02-30".into(),
            citizenship: "AZE".into(),
        };
        let codes: Vec<Code> = q.validate(today()).unwrap_err().iter().map(|e| e.code).collect();
        assert_eq!(codes, vec![Code::PassportNumberFormat, Code::DateNotReal]);
        let f = NewFeedback {
            service: "registration".into(),
            rating: Some(6),
            comment: String::new(),
        };
        assert_eq!(f.validate().unwrap_err()[0].code, Code::RatingRange);
        let read = |json: &str| serde_json::from_str::<NewFeedback>(json).unwrap().rating;
        assert_eq!(read(r#"{"service":"registration","rating":4.0}"#), Some(4));
        assert_eq!(read(r#"{"service":"registration","rating":4.5}"#), Some(0));
        assert_eq!(read(r#"{"service":"registration","rating":null}"#), None);
        assert_eq!(read(r#"{"service":"registration"}"#), None);
        let unrated = NewFeedback {
            service: "registration".into(),
            rating: None,
            comment: String::new(),
        };
        let errors = unrated.validate().unwrap_err();
        assert_eq!((errors[0].field.as_str(), errors[0].code), ("rating", Code::Required));
    }
}

/// `POST /attachments` answers this; an application lists the `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub id: String,
    pub media_type: String,
    pub size: u64,
}

/// A text in the three interface languages, for data the backend owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised {
    pub az: String,
    pub en: String,
    pub ru: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: String,
    pub name: Localised,
    pub address: Localised,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficesAnswer {
    pub offices: Vec<Office>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// `HH:MM`, Baku time.
    pub time: String,
    pub available: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotsAnswer {
    pub office: String,
    pub date: String,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewBooking {
    #[serde(default)]
    pub office: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub time: String,
    /// The visitor's name, so the office can call them.
    #[serde(default)]
    pub name: String,
}

/// A confirmed booking. `secret` is shown once and is needed to cancel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    pub reference: String,
    pub secret: String,
    pub office: String,
    pub date: String,
    pub time: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelBooking {
    #[serde(default)]
    pub secret: String,
}

fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    let n = Option::<f64>::deserialize(d)?;
    Ok(n.map(|n| {
        if n.fract() == 0.0 && n.abs() <= 1e15 {
            n as i64
        } else {
            0
        }
    }))
}

/// What `POST /feedback` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackReceipt {
    pub received_at: String,
}
