//! A complete, valid set of answers for any form, derived from its
//! definition: what the tests of the backend, the contract's checks and the
//! end-to-end journeys submit. That it passes `check_answers` for every form
//! is itself a test that each form can be completed.

use super::{Answer, Answers, DateRule, Form, Kind, PeriodUnit};
use crate::date::CivilDate;

/// Answers to every field that shows, choosing each choice's first option;
/// documents take the given attachment id.
pub fn example(form: &Form, today: CivilDate, attachment: &str) -> Answers {
    let mut answers = Answers::new();
    for field in form.steps.iter().flat_map(|s| s.fields) {
        if !field.shows(&answers) && !matches!(field.kind, Kind::Fixed(_)) {
            continue;
        }
        let date = |d: Option<CivilDate>| d.map_or_else(String::new, |d| d.to_string());
        let value = match field.kind {
            Kind::Text { .. } | Kind::LongText { .. } => "Nizami küçəsi 10".to_owned(),
            Kind::Name => "Anna".to_owned(),
            Kind::Number { min, .. } => min.to_string(),
            Kind::Date(DateRule::Birth | DateRule::BirthAdult) => "1990-04-12".to_owned(),
            Kind::Date(DateRule::Past) => date(today.add_days(-10)),
            Kind::Date(DateRule::Future) => date(today.add_months(12)),
            Kind::Date(DateRule::After(start)) => {
                let start = answers
                    .get(start)
                    .and_then(|a| crate::validate::iso_date(a.text()).ok());
                date(start.and_then(|s| s.add_days(30)))
            }
            Kind::Date(DateRule::OutlastsPeriod { period, unit, months }) => {
                let n: u32 = answers.get(period).and_then(|a| a.text().parse().ok()).unwrap_or(0);
                let end = match unit {
                    PeriodUnit::Days => today.add_days(i64::from(n)),
                    PeriodUnit::Months => today.add_months(n),
                };
                date(end.and_then(|e| e.add_months(months + 12)))
            }
            Kind::Choice(options) => options[0].to_owned(),
            Kind::Choices(options) => {
                answers.insert(field.id.to_owned(), Answer::Many(vec![options[0].to_owned()]));
                continue;
            }
            Kind::Country => "RUS".to_owned(),
            Kind::District => "baku".to_owned(),
            Kind::PostalCode => "AZ1000".to_owned(),
            Kind::Phone => "+994501234567".to_owned(),
            Kind::Email => "anna@example.az".to_owned(),
            Kind::PassportNumber => "C01X00T47".to_owned(),
            Kind::Fin => "5ZHJ6K2".to_owned(),
            Kind::PermitNumber => "MYİ1234567".to_owned(),
            Kind::Document(_) => attachment.to_owned(),
            Kind::Fixed(value) => value.to_owned(),
        };
        answers.insert(field.id.to_owned(), Answer::One(value));
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{check_answers, forms};

    #[test]
    fn every_form_can_be_completed() {
        let today = CivilDate::new(2026, 11, 25).unwrap();
        for form in forms() {
            let answers = example(form, today, "att_0123456789abcdef");
            let checked = check_answers(form, &answers, today).unwrap_or_else(|e| panic!("{}: {e:?}", form.service));
            assert!(checked.len() >= 5, "{}", form.service);
        }
    }
}
