//! Applications and the documents attached to them.

use super::person::{validate_person, Person};
use crate::catalog::Kind;
use crate::date::CivilDate;
use crate::forms::{self, Answer, Answers, APPLICANT_PREFIX};
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
    /// The service's form answered, by field id (`qapi_core::forms`), except
    /// the applicant's fields, which are in `applicant`.
    #[serde(default)]
    pub answers: Answers,
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
    /// Canonical, of the fields shown, the applicant's included.
    pub answers: Answers,
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
        let answers = match forms::form(self.service.trim()) {
            Some(form) => {
                let (answers, errors) = self.check_answers(form, today);
                // The applicant's own rules have spoken on its fields already.
                let reported: Vec<String> = r.fields().map(str::to_owned).collect();
                for e in errors.into_iter().filter(|e| !reported.contains(&e.field)) {
                    r.push(e);
                }
                answers
            }
            None => Some(Answers::new()),
        };
        match (service, given_name, family_name, email, person, attachments, answers) {
            (
                Some(()),
                Some(given_name),
                Some(family_name),
                Some(email),
                Some(person),
                Some(attachments),
                Some(answers),
            ) => r.finish(ValidApplication {
                service: self.service.trim().to_owned(),
                given_name,
                family_name,
                person,
                email,
                answers,
                attachments,
            }),
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }

    /// The form's answers with the applicant's fields among them, checked,
    /// and each document listed in `attachments`.
    fn check_answers(&self, form: &forms::Form, today: CivilDate) -> (Option<Answers>, Vec<FieldError>) {
        let mut errors: Vec<FieldError> = self
            .answers
            .keys()
            .filter(|id| id.starts_with(APPLICANT_PREFIX))
            .map(|id| FieldError::new(&format!("answers.{id}"), Code::AnswerUnknown))
            .collect();
        let a = &self.applicant;
        // Sent among the answers, the applicant's fields were refused above.
        let mut all: Answers = self
            .answers
            .iter()
            .filter(|(id, _)| !id.starts_with(APPLICANT_PREFIX))
            .map(|(id, a)| (id.clone(), a.clone()))
            .collect();
        for (id, value) in [
            ("given_name", &a.given_name),
            ("family_name", &a.family_name),
            ("passport_number", &a.passport_number),
            ("date_of_birth", &a.date_of_birth),
            ("citizenship", &a.citizenship),
        ]
        .into_iter()
        .chain(a.email.as_ref().map(|e| ("email", e)))
        {
            all.insert(format!("{APPLICANT_PREFIX}{id}"), Answer::One(value.clone()));
        }
        let checked = match forms::check_answers(form, &all, today) {
            Ok(checked) => Some(checked),
            Err(e) => {
                errors.extend(e.into_iter().map(|mut e| {
                    e.field = answer_path(&e.field);
                    e
                }));
                None
            }
        };
        if let Some(checked) = &checked {
            for field in forms::visible_fields(form, checked) {
                let listed = |id: &str| self.attachments.iter().any(|a| a == id);
                if let (forms::Kind::Document(_), Some(id)) = (field.kind, checked.get(field.id)) {
                    if !listed(id.text()) {
                        errors.push(FieldError::new(&answer_path(field.id), Code::AttachmentUnknown));
                    }
                }
            }
        }
        (checked.filter(|_| errors.is_empty()), errors)
    }
}

/// Where a form field's answer is in the request: the applicant's fields
/// in `applicant`, the others as a key of `answers` (`answers.stay.until`).
pub fn answer_path(field: &str) -> String {
    if field.starts_with(APPLICANT_PREFIX) {
        field.to_owned()
    } else {
        format!("answers.{field}")
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

    /// A complete temporary residence application, without the applicant's fields.
    fn answers() -> Answers {
        let form = forms::form("temporary-residence").unwrap();
        forms::example(form, today(), "att_1")
            .into_iter()
            .filter(|(id, _)| !id.starts_with(APPLICANT_PREFIX))
            .collect()
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
            answers: answers(),
            attachments: vec!["att_1".into()],
        };
        let v = app.validate(today()).unwrap();
        assert_eq!(v.answers.get("applicant.citizenship"), Some(&Answer::One("RUS".into())));
        assert_eq!(
            v.answers.get("contact.phone"),
            Some(&Answer::One("+994501234567".into()))
        );
        assert_eq!(v.person.passport_number, "751234567");
        assert_eq!(v.person.citizenship, "RUS");
    }

    #[test]
    fn attachment_ids_are_listed_once_and_capped() {
        let ids = |n: usize| (1..=n).map(|i| format!("att_{i}")).collect::<Vec<_>>();
        let mut twice = ids(3);
        twice.extend(ids(3));
        let app = |attachments| NewApplication {
            service: "temporary-residence".into(),
            applicant: applicant(),
            answers: answers(),
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
            answers: Answers::new(),
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
    fn answers_are_checked_with_the_form_and_documents_must_be_attached() {
        let mut answers = answers();
        answers.insert("stay.nonsense".into(), Answer::One("x".into()));
        answers.insert("contact.phone".into(), Answer::One("12".into()));
        answers.insert("applicant.given_name".into(), Answer::One("Anna".into()));
        let app = NewApplication {
            service: "temporary-residence".into(),
            applicant: applicant(),
            answers,
            attachments: vec![],
        };
        let errors = app.validate(today()).unwrap_err();
        let got: Vec<(&str, Code)> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        for want in [
            ("answers.applicant.given_name", Code::AnswerUnknown),
            ("answers.stay.nonsense", Code::AnswerUnknown),
            ("answers.contact.phone", Code::PhoneFormat),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        // Listed in the answers, not in `attachments`: refused on its field.
        let mut app = app;
        app.answers = self::answers();
        let errors = app.validate(today()).unwrap_err();
        assert!(errors
            .iter()
            .all(|e| e.field.starts_with("answers.document.") && e.code == Code::AttachmentUnknown));
        assert_eq!(errors.len(), 4);
    }
}
