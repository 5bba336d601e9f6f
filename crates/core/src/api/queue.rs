//! The online queue: offices, free times and bookings.

use super::person::{validate_person, Person};
use crate::date::CivilDate;
use crate::validate::{self, Code, FieldError, Report};
use serde::{Deserialize, Serialize};

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

/// A booking request. The person's passport details are required so that a
/// slot is held for someone real, and so one person holds at most one active
/// booking per service (the backend checks that).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewBooking {
    /// The catalog id of the service the visit is for.
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub office: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub time: String,
    /// The visitor's name, so the office can call them.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub passport_number: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub citizenship: String,
}

/// A `NewBooking` whose fields passed validation. Whether the office exists
/// and the time is free is for the backend, which knows the bookings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBooking {
    pub service: String,
    pub office: String,
    pub date: CivilDate,
    pub time: String,
    pub name: String,
    pub person: Person,
}

impl NewBooking {
    pub fn validate(&self, today: CivilDate) -> Result<ValidBooking, Vec<FieldError>> {
        let mut r = Report::default();
        let service = r.check("service", validate::service(&self.service).map(|s| s.id.to_string()));
        let office = r.check("office", required(&self.office));
        let date = r.check("date", validate::booking_date(&self.date, today));
        let time = r.check("time", required(&self.time));
        let name = r.check("name", validate::person_name(&self.name));
        let person = r.merge(validate_person(
            "",
            &self.passport_number,
            &self.date_of_birth,
            &self.citizenship,
            today,
        ));
        match (service, office, date, time, name, person) {
            (Some(service), Some(office), Some(date), Some(time), Some(name), Some(person)) => r.finish(ValidBooking {
                service,
                office,
                date,
                time,
                name,
                person,
            }),
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }
}

fn required(raw: &str) -> Result<String, Code> {
    Some(raw.trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .ok_or(Code::Required)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn booking() -> NewBooking {
        NewBooking {
            service: "registration".into(),
            office: "baku-main".into(),
            date: "2026-11-30".into(),
            time: "10:00".into(),
            name: "Anna Petrova".into(),
            passport_number: "75 1234567".into(),
            date_of_birth: "1990-04-12".into(),
            citizenship: "rus".into(),
        }
    }

    #[test]
    fn a_booking_names_a_real_person_and_service() {
        let today = CivilDate::new(2026, 11, 25).unwrap();
        let v = booking().validate(today).unwrap();
        assert_eq!(
            (v.person.passport_number.as_str(), v.person.citizenship.as_str()),
            ("751234567", "RUS")
        );
        let bare = NewBooking {
            service: "no-such-service".into(),
            passport_number: String::new(),
            date_of_birth: String::new(),
            citizenship: String::new(),
            ..booking()
        };
        let got: Vec<(String, Code)> = bare
            .validate(today)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            got,
            vec![
                ("service".into(), Code::ServiceUnknown),
                ("passport_number".into(), Code::Required),
                ("date_of_birth".into(), Code::Required),
                ("citizenship".into(), Code::Required),
            ]
        );
    }
}
