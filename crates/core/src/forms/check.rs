//! Checking answers against a form: one field as the person leaves a page,
//! or every answer as the backend receives them.

use super::{district, Answer, Answers, DateRule, Field, Form, Kind, PeriodUnit};
use crate::date::CivilDate;
use crate::validate::{self, Code, FieldError};

/// The answers that passed, canonical (`"+994501234567"`, `"AZE"`), only of
/// the fields that show, with the fixed ones filled in.
pub type Checked = Answers;

/// The fields that are asked given the answers so far, in order.
pub fn visible_fields<'a>(form: &'a Form, answers: &'a Answers) -> impl Iterator<Item = &'static Field> + 'a {
    form.steps
        .iter()
        .flat_map(|s| s.fields)
        .filter(move |f| f.shows(answers))
}

/// Every answer of a whole form. Answers to fields the form does not have
/// are refused (`answer-unknown`); answers to fields hidden by an earlier
/// choice are dropped, as the person's browser drops them.
pub fn check_answers(form: &Form, answers: &Answers, today: CivilDate) -> Result<Checked, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = answers
        .keys()
        .filter(|id| form.field(id).is_none())
        .map(|id| FieldError::new(id, Code::AnswerUnknown))
        .collect();
    let mut checked = Answers::new();
    for field in form.steps.iter().flat_map(|s| s.fields) {
        if let Kind::Fixed(value) = field.kind {
            // Not asked, so anything else sent is not what the form says.
            match answers.get(field.id).map(Answer::text) {
                Some(sent) if !sent.trim().eq_ignore_ascii_case(value) => {
                    errors.push(FieldError::new(field.id, Code::ChoiceUnknown))
                }
                _ => {
                    checked.insert(field.id.to_owned(), Answer::One(value.to_owned()));
                }
            }
            continue;
        }
        if !field.shows(answers) {
            continue;
        }
        match check_field(field, answers, today) {
            Ok(Some(answer)) => {
                checked.insert(field.id.to_owned(), answer);
            }
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

/// One field's answer, canonical, or `None` when an optional field is empty.
/// Rules that compare with another field (`After`, `OutlastsPeriod`) read
/// that field's answer from `answers`, and say nothing if it is not a date
/// or a period at all: its own error is enough.
pub fn check_field(field: &Field, answers: &Answers, today: CivilDate) -> Result<Option<Answer>, FieldError> {
    let err = |code| FieldError::new(field.id, code);
    let raw = answers.get(field.id);
    let empty = match raw {
        None => true,
        Some(Answer::One(s)) => s.trim().is_empty(),
        Some(Answer::Many(v)) => v.is_empty(),
    };
    if empty {
        return match field.kind {
            Kind::Fixed(value) => Ok(Some(Answer::One(value.to_owned()))),
            _ if field.required => Err(err(Code::Required)),
            _ => Ok(None),
        };
    }
    let text = match (raw, field.kind) {
        (Some(Answer::One(s)), _) => s.as_str(),
        (Some(Answer::Many(_)), Kind::Choices(_)) => "",
        // A list where the question takes one answer.
        _ => return Err(err(Code::AnswerShape)),
    };
    let one = |r: Result<String, Code>| r.map(|s| Some(Answer::One(s))).map_err(err);
    match field.kind {
        Kind::Text { max } | Kind::LongText { max } => {
            let t = text.trim();
            if t.chars().count() > usize::from(max) {
                Err(err(Code::TooLong).with_arg("max", max))
            } else if t
                .chars()
                .any(|c| c.is_control() && !(matches!(field.kind, Kind::LongText { .. }) && c == '\n'))
            {
                Err(err(Code::TextCharacters))
            } else {
                Ok(Some(Answer::One(t.to_owned())))
            }
        }
        Kind::Name => one(validate::person_name(text)),
        Kind::Number { min, max } => {
            let t = text.trim();
            let n: u32 = if !t.is_empty() && t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit()) {
                t.parse().map_err(|_| err(Code::NumberFormat))?
            } else {
                return Err(err(Code::NumberFormat));
            };
            if (min..=max).contains(&n) {
                Ok(Some(Answer::One(n.to_string())))
            } else {
                Err(err(Code::NumberRange).with_arg("min", min).with_arg("max", max))
            }
        }
        Kind::Date(rule) => check_date(field, rule, text, answers, today).map(|d| Some(Answer::One(d.to_string()))),
        Kind::Choice(options) => {
            if options.contains(&text) {
                Ok(Some(Answer::One(text.to_owned())))
            } else {
                Err(err(Code::ChoiceUnknown))
            }
        }
        Kind::Choices(options) => {
            let Some(Answer::Many(picked)) = raw else {
                return Err(err(Code::ChoiceUnknown));
            };
            // In the form's order, each once; more picks than options are repeats.
            if picked.len() > options.len() || picked.iter().any(|p| !options.contains(&p.as_str())) {
                return Err(err(Code::ChoiceUnknown));
            }
            let canonical = options
                .iter()
                .filter(|o| picked.iter().any(|p| p == *o))
                .map(|o| (*o).to_owned())
                .collect();
            Ok(Some(Answer::Many(canonical)))
        }
        Kind::Country => one(validate::citizenship(text)),
        Kind::District => match district::district(text.trim()) {
            Some(d) => Ok(Some(Answer::One(d.id.to_owned()))),
            None => Err(err(Code::DistrictUnknown)),
        },
        Kind::PostalCode => one(validate::postal_code(text)),
        Kind::Phone => one(validate::phone(text)),
        Kind::Email => one(validate::email(text)),
        Kind::PassportNumber => one(validate::passport_number(text)),
        Kind::Fin => one(validate::fin(text)),
        Kind::PermitNumber => one(validate::permit_card_number(text)),
        Kind::Document(_) => one(validate::attachment_id(text)),
        Kind::Fixed(value) => Ok(Some(Answer::One(value.to_owned()))),
    }
}

fn check_date(
    field: &Field,
    rule: DateRule,
    text: &str,
    answers: &Answers,
    today: CivilDate,
) -> Result<CivilDate, FieldError> {
    let err = |code| FieldError::new(field.id, code);
    let other_date = |id: &str| answers.get(id).and_then(|a| validate::iso_date(a.text()).ok());
    match rule {
        DateRule::Birth => validate::date_of_birth(text, today).map_err(err),
        DateRule::BirthAdult => validate::date_of_birth(text, today)
            .and_then(|d| validate::adult(d, today))
            .map_err(err),
        DateRule::Past => {
            let d = validate::iso_date(text).map_err(err)?;
            if d > today {
                Err(err(Code::DateInFuture))
            } else if d.year() < 1900 {
                Err(err(Code::DateTooEarly))
            } else {
                Ok(d)
            }
        }
        DateRule::Future => validate::future_date(text, today).map_err(err),
        DateRule::After(start) => {
            let d = validate::iso_date(text).map_err(err)?;
            match other_date(start) {
                Some(s) if d <= s => Err(err(Code::DateNotAfter).with_arg("date", s)),
                _ => Ok(d),
            }
        }
        DateRule::OutlastsPeriod { period, unit, months } => {
            let d = validate::future_date(text, today).map_err(err)?;
            let length: Option<u32> = answers.get(period).and_then(|a| a.text().parse().ok());
            let earliest = length.and_then(|n| match unit {
                PeriodUnit::Days => today.add_days(i64::from(n))?.add_months(months),
                PeriodUnit::Months => today.add_months(n + months),
            });
            match earliest {
                Some(e) if d < e => Err(err(Code::ExpiresTooSoon).with_arg("date", e)),
                _ => Ok(d),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{form, forms};
    use proptest::prelude::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 25).unwrap()
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Answer::One((*v).to_owned())))
            .collect()
    }

    fn codes(r: Result<Checked, Vec<FieldError>>) -> Vec<(String, Code)> {
        r.unwrap_err().into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn registration() -> Answers {
        answers(&[
            ("registration.applicant", "owner"),
            ("applicant.given_name", " Anna "),
            ("applicant.family_name", "Petrova"),
            ("applicant.date_of_birth", "1990-04-12"),
            ("applicant.citizenship", "rus"),
            ("applicant.passport_number", "75 1234567"),
            ("stay.arrival", "2026-11-20"),
            ("stay.until", "2027-01-20"),
            ("address.district", "baku"),
            ("address.street", "Nizami küçəsi 10, mənzil 5"),
            ("host.given_name", "Əli"),
            ("host.family_name", "Məmmədov"),
            ("host.fin", "5zhj 6k2"),
            ("contact.phone", "050 123 45 67"),
            ("document.passport", "att_0123456789abcdef"),
        ])
    }

    #[test]
    fn a_complete_registration_is_canonical() {
        let checked = check_answers(form("registration").unwrap(), &registration(), today()).unwrap();
        let get = |k: &str| checked.get(k).map(|a| a.text().to_owned());
        assert_eq!(get("applicant.given_name").as_deref(), Some("Anna"));
        assert_eq!(get("applicant.citizenship").as_deref(), Some("RUS"));
        assert_eq!(get("host.fin").as_deref(), Some("5ZHJ6K2"));
        assert_eq!(get("contact.phone").as_deref(), Some("+994501234567"));
        // Not asked of an owner, and optional ones left empty are absent.
        assert_eq!(get("host.establishment"), None);
        assert_eq!(get("address.postal_code"), None);
    }

    #[test]
    fn hidden_answers_are_dropped_and_unknown_ones_refused() {
        let mut a = registration();
        a.insert("host.establishment".into(), Answer::One("Hotel".into()));
        let checked = check_answers(form("registration").unwrap(), &a, today()).unwrap();
        assert!(!checked.contains_key("host.establishment"));
        a.insert("nonsense".into(), Answer::One("x".into()));
        assert_eq!(
            codes(check_answers(form("registration").unwrap(), &a, today())),
            vec![("nonsense".into(), Code::AnswerUnknown)]
        );
    }

    #[test]
    fn each_rule_refuses_with_its_code_and_arguments() {
        let mut a = registration();
        a.insert("stay.until".into(), Answer::One("2026-11-01".into()));
        a.insert("stay.arrival".into(), Answer::One("2026-11-30".into()));
        a.insert("registration.applicant".into(), Answer::One("nobody".into()));
        a.insert("applicant.given_name".into(), Answer::One("".into()));
        let errors = check_answers(form("registration").unwrap(), &a, today()).unwrap_err();
        let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            got,
            vec![
                ("registration.applicant", Code::ChoiceUnknown),
                ("applicant.given_name", Code::Required),
                ("stay.arrival", Code::DateInFuture),
                ("stay.until", Code::DateNotAfter),
            ]
        );
        // The end is compared with a start that is a date, whatever its own problem.
        a.insert("stay.arrival".into(), Answer::One("2026-11-20".into()));
        let errors = check_answers(form("registration").unwrap(), &a, today()).unwrap_err();
        let until = errors.iter().find(|e| e.field == "stay.until").unwrap();
        assert_eq!(until.code, Code::DateNotAfter);
        assert_eq!(until.args.get("date").map(String::as_str), Some("2026-11-20"));
    }

    #[test]
    fn a_passport_must_outlast_the_permit_by_three_months() {
        let f = form("temporary-residence").unwrap();
        let field = f.field("passport.expiry").unwrap();
        let a = |expiry: &str| answers(&[("residence.months", "12"), ("passport.expiry", expiry)]);
        assert!(check_field(field, &a("2028-02-25"), today()).is_ok());
        let e = check_field(field, &a("2028-02-24"), today()).unwrap_err();
        assert_eq!(
            (e.code, e.args.get("date").map(String::as_str)),
            (Code::ExpiresTooSoon, Some("2028-02-25"))
        );
        assert_eq!(
            check_field(field, &a("2026-11-24"), today()).unwrap_err().code,
            Code::DateInPast
        );
    }

    #[test]
    fn numbers_texts_and_choices() {
        let f = form("citizenship-restoration").unwrap();
        let year = f.field("restoration.lost_year").unwrap();
        let a = |v: &str| answers(&[("restoration.lost_year", v)]);
        assert_eq!(
            check_field(year, &a(" 2001 "), today()).unwrap(),
            Some(Answer::One("2001".into()))
        );
        assert_eq!(
            check_field(year, &a("20o1"), today()).unwrap_err().code,
            Code::NumberFormat
        );
        let e = check_field(year, &a("1980"), today()).unwrap_err();
        assert_eq!(
            (e.code, e.args.get("min").map(String::as_str)),
            (Code::NumberRange, Some("1991"))
        );
        let reason = f.field("restoration.reason").unwrap();
        let long = answers(&[("restoration.reason", &"a".repeat(2001))]);
        let e = check_field(reason, &long, today()).unwrap_err();
        assert_eq!(
            (e.code, e.args.get("max").map(String::as_str)),
            (Code::TooLong, Some("2000"))
        );
        let lines = answers(&[("restoration.reason", "one\ntwo")]);
        assert!(check_field(reason, &lines, today()).is_ok());
        let bell = answers(&[("restoration.reason", "one\u{7}")]);
        assert_eq!(
            check_field(reason, &bell, today()).unwrap_err().code,
            Code::TextCharacters
        );

        let job = form("migration-service-job").unwrap();
        let langs = job.field("candidate.languages").unwrap();
        let many = |v: &[&str]| {
            Answers::from([(
                "candidate.languages".to_owned(),
                Answer::Many(v.iter().map(|s| (*s).to_owned()).collect()),
            )])
        };
        assert_eq!(
            check_field(langs, &many(&["ru", "az", "ru"]), today()).unwrap(),
            Some(Answer::Many(vec!["az".into(), "ru".into()]))
        );
        assert_eq!(
            check_field(langs, &many(&["de"]), today()).unwrap_err().code,
            Code::ChoiceUnknown
        );
        let repeats = check_field(langs, &many(&["az"; 5]), today());
        assert_eq!(repeats.unwrap_err().code, Code::ChoiceUnknown);
        let list = Answers::from([("restoration.reason".to_owned(), Answer::Many(vec!["a".into()]))]);
        assert_eq!(check_field(reason, &list, today()).unwrap_err().code, Code::AnswerShape);
        assert_eq!(
            check_field(langs, &many(&[]), today()).unwrap_err().code,
            Code::Required
        );
    }

    #[test]
    fn a_citizens_citizenship_is_fixed() {
        let f = form("citizenship-renunciation").unwrap();
        let field = f.field("applicant.citizenship").unwrap();
        assert!(!field.shows(&Answers::new()));
        let sent = |c: &str| check_answers(f, &answers(&[("applicant.citizenship", c)]), today()).unwrap_err();
        assert!(sent("aze").iter().all(|e| e.field != "applicant.citizenship"));
        let errors = sent("RUS");
        let e = errors.iter().find(|e| e.field == "applicant.citizenship").unwrap();
        assert_eq!(e.code, Code::ChoiceUnknown);
    }

    proptest! {
        #[test]
        fn any_answers_to_any_form_are_checked_without_panic(
            values in proptest::collection::vec("\\PC{0,40}", 0..40),
            pick in 0usize..11,
        ) {
            let form = forms()[pick % forms().len()];
            let fields: Vec<_> = form.steps.iter().flat_map(|s| s.fields).collect();
            let a: Answers = fields
                .iter()
                .zip(values)
                .map(|(f, v)| (f.id.to_owned(), Answer::One(v)))
                .collect();
            if let Ok(checked) = check_answers(form, &a, today()) {
                // What passed passes again unchanged.
                prop_assert_eq!(check_answers(form, &checked, today()), Ok(checked.clone()));
            }
        }
    }
}
