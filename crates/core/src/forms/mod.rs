//! The application forms, declared once: each application service's steps,
//! their fields, when a field shows (conditions on earlier answers) and the
//! rule that checks it. The browser renders any form from its definition
//! with one engine; the backend checks the answers it receives with the same
//! definitions (`check`), so both refuse the same answers with the same codes.
//!
//! A field's id is also where its answer is (`applicant.given_name` …) and
//! names its messages: `field-<id>` (label, `.hint`), `option-<id>-<option>`
//! for each choice; a step's title is `step-<step id>` (`messages` lists them
//! all for the i18n test).

mod check;
mod defs;
pub mod district;
mod example;
mod fee;

pub use check::{check_answers, check_field, visible_fields, Checked};
pub use example::example;
pub use fee::{fee_due, FeeBasis, FeeDue};

use serde::{Deserialize, Serialize};

/// One answer as the API carries it: a text (dates as `YYYY-MM-DD`, a
/// country as its alpha-3 code, a choice as its option key) or the keys of
/// a multiple choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    pub fn text(&self) -> &str {
        match self {
            Answer::One(s) => s,
            Answer::Many(_) => "",
        }
    }
}

/// Answers by field id.
pub type Answers = crate::list_map::ListMap<Answer>;

#[derive(Debug, PartialEq, Eq)]
pub struct Form {
    /// The catalog id of the service.
    pub service: &'static str,
    pub steps: &'static [Step],
    /// Which answers decide the state duty, where the catalog has a schedule.
    pub fee: Option<FeeBasis>,
    /// Whether the person filling the form in is the applicant.
    pub filled_by: FilledBy,
}

/// Who fills a form in. Where it is the applicant, their own details
/// (`applicant.*`, `person.*`, `address.*`) may be offered by the browser's
/// autofill; anyone else's must not be (a parent's name in a child's form).
#[derive(Debug, PartialEq, Eq)]
pub enum FilledBy {
    Applicant,
    /// An employer, for a worker.
    Other,
    /// The applicant when this holds (applying for oneself, not a minor).
    ApplicantWhen(When),
}

#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// URL-safe: `/{lang}/services/{service}/apply/{id}`; title `step-<id>`.
    pub id: &'static str,
    pub fields: &'static [Field],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub kind: Kind,
    /// An optional field may be left empty; what is entered is still checked.
    pub required: bool,
    /// Shown (and asked, and checked) only when this holds.
    pub when: Option<When>,
}

/// A field shows when an earlier single-choice answer is one of `any`.
#[derive(Debug, PartialEq, Eq)]
pub struct When {
    pub field: &'static str,
    pub any: &'static [&'static str],
}

impl When {
    pub fn holds(&self, answers: &Answers) -> bool {
        answers.get(self.field).is_some_and(|a| self.any.contains(&a.text()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of free text, at most `max` characters.
    Text {
        max: u16,
    },
    /// Several lines of free text.
    LongText {
        max: u16,
    },
    /// A person's given, family or father's name.
    Name,
    /// A whole number in a range.
    Number {
        min: u32,
        max: u32,
    },
    Date(DateRule),
    /// One of the option keys (radio buttons).
    Choice(&'static [&'static str]),
    /// Any of the option keys (checkboxes).
    Choices(&'static [&'static str]),
    /// A country or citizenship status, searchable (`countries`).
    Country,
    /// A city or district of Azerbaijan from the official list (`district`).
    District,
    PostalCode,
    Phone,
    Email,
    PassportNumber,
    /// An Azerbaijani citizen's personal identification number.
    Fin,
    /// A temporary or permanent residence permit card: `MYİ`/`DYİ` + 7 digits.
    PermitNumber,
    /// A scanned document (`doc-<id>`): the answer is an attachment id.
    Document(&'static str),
    /// Not asked: the answer is always this (a citizen's citizenship).
    Fixed(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// A date of birth: not in the future, not before 1900.
    Birth,
    /// A date of birth of someone at least 18 years old.
    BirthAdult,
    /// Something that has happened: not after today (an arrival).
    Past,
    /// Today or later.
    Future,
    /// After the date answered in another field (the end of a stay).
    After(&'static str),
    /// A document's expiry: at least `months` beyond the end of the period
    /// chosen in `period`, counted from today (a passport must outlast the
    /// permit applied for by three months).
    OutlastsPeriod {
        period: &'static str,
        unit: PeriodUnit,
        months: u32,
    },
}

/// How a period field's option keys count: `"30"` days or `"12"` months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodUnit {
    Days,
    Months,
}

/// The form of an application service, if it has one.
pub fn form(service: &str) -> Option<&'static Form> {
    defs::FORMS.iter().copied().find(|f| f.service == service)
}

/// Every form, in catalog order.
pub fn forms() -> &'static [&'static Form] {
    defs::FORMS
}

/// Fields whose answers the API carries in `applicant` rather than `answers`.
pub const APPLICANT_PREFIX: &str = "applicant.";

impl Form {
    pub fn step(&self, id: &str) -> Option<(usize, &'static Step)> {
        self.steps.iter().enumerate().find(|(_, s)| s.id == id)
    }

    pub fn field(&self, id: &str) -> Option<&'static Field> {
        self.steps.iter().flat_map(|s| s.fields).find(|f| f.id == id)
    }

    /// The steps that ask something, given the answers so far (a step whose
    /// every field is hidden is skipped).
    pub fn visible_steps<'a>(&'a self, answers: &'a Answers) -> impl Iterator<Item = &'static Step> + 'a {
        self.steps
            .iter()
            .filter(move |s| s.fields.iter().any(|f| f.shows(answers)))
    }

    /// Whether `field` asks about the person filling the form in, given the
    /// answers so far (so autofill may offer their details).
    pub fn asks_own(&self, field: &Field, answers: &Answers) -> bool {
        let own = match &self.filled_by {
            FilledBy::Applicant => true,
            FilledBy::Other => false,
            FilledBy::ApplicantWhen(when) => when.holds(answers),
        };
        own && ["applicant.", "person.", "address."]
            .iter()
            .any(|p| field.id.starts_with(p))
    }

    /// Every message id the form shows, for the i18n test.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![];
        for step in self.steps {
            ids.push(step.message_id());
            for field in step.fields {
                ids.push(field.message_id());
                if let Kind::Choice(options) | Kind::Choices(options) = field.kind {
                    ids.extend(options.iter().map(|o| field.option_message_id(o)));
                }
            }
        }
        ids
    }
}

impl Step {
    pub fn message_id(&self) -> String {
        format!("step-{}", self.id)
    }
}

impl Field {
    /// Whether the field is asked, given the answers so far.
    pub fn shows(&self, answers: &Answers) -> bool {
        if matches!(self.kind, Kind::Fixed(_)) {
            return false;
        }
        self.when.as_ref().is_none_or(|w| w.holds(answers))
    }

    /// `field-applicant-given-name`: the label, with an optional `.hint`.
    pub fn message_id(&self) -> String {
        format!("field-{}", kebab(self.id))
    }

    pub fn option_message_id(&self, option: &str) -> String {
        format!("option-{}-{option}", kebab(self.id))
    }
}

fn kebab(id: &str) -> String {
    id.replace(['.', '_'], "-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{catalog, Kind as ServiceKind};
    use std::collections::HashSet;

    #[test]
    fn every_application_service_has_one_form_and_nothing_else_does() {
        for s in catalog().services.iter() {
            assert_eq!(form(&s.id).is_some(), s.kind == ServiceKind::Application, "{}", s.id);
        }
        let ids: HashSet<_> = forms().iter().map(|f| f.service).collect();
        assert_eq!(ids.len(), forms().len());
    }

    #[test]
    fn ids_are_unique_and_conditions_look_back_at_a_choice() {
        for form in forms() {
            let mut seen: Vec<&Field> = vec![];
            let mut steps = HashSet::new();
            for step in form.steps {
                assert!(steps.insert(step.id), "{}: step {}", form.service, step.id);
                assert!(step.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
                for field in step.fields {
                    assert!(seen.iter().all(|f| f.id != field.id), "{}: {}", form.service, field.id);
                    if let Some(when) = &field.when {
                        let earlier = seen.iter().find(|f| f.id == when.field);
                        let Some(Field {
                            kind: Kind::Choice(options),
                            ..
                        }) = earlier
                        else {
                            panic!(
                                "{}: {} depends on {}, not an earlier choice",
                                form.service, field.id, when.field
                            );
                        };
                        assert!(when.any.iter().all(|v| options.contains(v)), "{}", field.id);
                    }
                    match field.kind {
                        Kind::Date(DateRule::After(other))
                        | Kind::Date(DateRule::OutlastsPeriod { period: other, .. }) => {
                            assert!(seen.iter().any(|f| f.id == other), "{}: {other}", field.id)
                        }
                        Kind::Document(doc) => {
                            let service = catalog().service(form.service).unwrap();
                            assert!(service.documents.iter().any(|d| d == doc), "{}: {doc}", form.service);
                        }
                        _ => {}
                    }
                    seen.push(field);
                }
            }
        }
    }

    #[test]
    fn every_form_names_the_applicant_as_the_api_needs() {
        for form in forms() {
            for id in [
                "given_name",
                "family_name",
                "passport_number",
                "date_of_birth",
                "citizenship",
            ] {
                let id = format!("{APPLICANT_PREFIX}{id}");
                let field = form.field(&id).unwrap_or_else(|| panic!("{}: {id}", form.service));
                assert!(field.required && field.when.is_none(), "{}: {id}", form.service);
            }
        }
    }

    #[test]
    fn autofill_offers_only_the_details_of_whoever_fills_the_form_in() {
        let given = |service| {
            let form = form(service).unwrap();
            (form, form.field("applicant.given_name").unwrap())
        };
        let with = |k: &str, v: &str| Answers::from([(k.to_owned(), Answer::One(v.to_owned()))]);
        let (stay, name) = given("stay-extension");
        assert!(stay.asks_own(name, &with("applying.for", "self")));
        assert!(!stay.asks_own(name, &with("applying.for", "minor")));
        assert!(!stay.asks_own(name, &Answers::new()));
        let (work, name) = given("work-permit");
        assert!(!work.asks_own(name, &Answers::new()));
        let (admission, name) = given("citizenship-admission");
        assert!(admission.asks_own(name, &Answers::new()));
        let (registration, name) = given("registration");
        assert!(registration.asks_own(name, &with("registration.applicant", "foreigner")));
        assert!(!registration.asks_own(name, &with("registration.applicant", "owner")));
        // Not about a person: a choice about the application.
        assert!(!admission.asks_own(admission.field("residence.since").unwrap(), &Answers::new()));
    }
}
