//! Who a lookup, an application or a booking is about.

use crate::date::CivilDate;
use crate::validate::{self, FieldError, Report};
use serde::{Deserialize, Serialize};

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
pub(super) fn validate_person(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Code;

    #[test]
    fn a_lookup_reports_each_bad_field() {
        let q = PersonQuery {
            passport_number: "x".into(),
            date_of_birth: "1990-02-30".into(),
            citizenship: "AZE".into(),
        };
        let today = CivilDate::new(2026, 11, 25).unwrap();
        let codes: Vec<Code> = q.validate(today).unwrap_err().iter().map(|e| e.code).collect();
        assert_eq!(codes, vec![Code::PassportNumberFormat, Code::DateNotReal]);
    }
}
