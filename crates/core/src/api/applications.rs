//! Applications and the documents attached to them.

use super::person::{validate_person, Person};
use crate::catalog::Kind;
use crate::date::CivilDate;
use crate::validate::{self, Code, FieldError, Report};
use serde::{Deserialize, Serialize};

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

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 7] = [
        ApplicationStatus::Submitted,
        ApplicationStatus::InReview,
        ApplicationStatus::DocumentsRequested,
        ApplicationStatus::AwaitingPayment,
        ApplicationStatus::Approved,
        ApplicationStatus::Refused,
        ApplicationStatus::Issued,
    ];

    /// The stage's name; its `.next` attribute says what happens next.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApplicationStatus::Submitted => "application-status-submitted",
            ApplicationStatus::InReview => "application-status-in-review",
            ApplicationStatus::DocumentsRequested => "application-status-documents-requested",
            ApplicationStatus::AwaitingPayment => "application-status-awaiting-payment",
            ApplicationStatus::Approved => "application-status-approved",
            ApplicationStatus::Refused => "application-status-refused",
            ApplicationStatus::Issued => "application-status-issued",
        }
    }
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
        let service = match validate::service(&self.service) {
            Err(code) => r.check::<()>("service", Err(code)),
            Ok(s) if s.kind != Kind::Application => r.check::<()>("service", Err(Code::ServiceNotApplication)),
            Ok(_) => Some(()),
        };
        let a = &self.applicant;
        let given_name = r.check("applicant.given_name", validate::person_name(&a.given_name));
        let family_name = r.check("applicant.family_name", validate::person_name(&a.family_name));
        let email = match a.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
            None => Some(None),
            Some(e) => r.check("applicant.email", validate::email(e)).map(Some),
        };
        let person = r.merge(validate_person(
            "applicant.",
            &a.passport_number,
            &a.date_of_birth,
            &a.citizenship,
            today,
        ));
        let attachments = r.check("attachments", attachment_ids(&self.attachments));
        match (service, given_name, family_name, email, person, attachments) {
            (Some(()), Some(given_name), Some(family_name), Some(email), Some(person), Some(attachments)) => {
                r.finish(ValidApplication {
                    service: self.service.trim().to_owned(),
                    given_name,
                    family_name,
                    person,
                    email,
                    attachments,
                })
            }
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }
}

/// The attachment ids as listed, each once, at most `MAX_ATTACHMENTS`.
fn attachment_ids(ids: &[String]) -> Result<Vec<String>, Code> {
    let mut unique: Vec<String> = Vec::new();
    for id in ids {
        if !unique.contains(id) {
            unique.push(id.clone());
        }
    }
    if unique.len() > crate::attachment::MAX_ATTACHMENTS {
        return Err(Code::AttachmentsTooMany);
    }
    Ok(unique)
}

/// `POST /attachments` answers this; an application lists the `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub id: String,
    pub media_type: String,
    pub size: u64,
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
    fn attachment_ids_are_listed_once_and_capped() {
        let ids = |n: usize| (0..n).map(|i| format!("att_{i}")).collect::<Vec<_>>();
        let mut twice = ids(3);
        twice.extend(ids(3));
        let app = |attachments| NewApplication {
            service: "temporary-residence".into(),
            applicant: applicant(),
            attachments,
        };
        assert_eq!(app(twice).validate(today()).unwrap().attachments, ids(3));
        let max = crate::attachment::MAX_ATTACHMENTS;
        assert_eq!(app(ids(max)).validate(today()).unwrap().attachments.len(), max);
        let errors = app(ids(max + 1)).validate(today()).unwrap_err();
        assert_eq!(
            (errors[0].field.as_str(), errors[0].code),
            ("attachments", Code::AttachmentsTooMany)
        );
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
}
