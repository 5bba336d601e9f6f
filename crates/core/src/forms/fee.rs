//! The state duty an application will cost, read from the catalog's fee
//! schedule with the answers that decide it (who it is for, the period, the
//! processing time). Which answers decide it is declared with each form
//! (`FeeBasis`); the amounts stay in the catalog, where the agency edits them.

use super::{district, Answers, Form, PeriodUnit, When};
use crate::catalog::{FeeGroup, FeeRow, Fees, Period};
use serde::{Deserialize, Serialize};

/// Which answers pick a row of a service's fee schedule.
#[derive(Debug, PartialEq, Eq)]
pub struct FeeBasis {
    /// The payer's group when none of `groups` holds.
    pub group: FeeGroup,
    /// The first condition that holds names the group (a minor pays the minor's rate).
    pub groups: &'static [(When, FeeGroup)],
    /// The answer giving the processing time, in working days.
    pub working_days: Option<&'static str>,
    /// The answer giving the period, and how its option keys count.
    pub period: Option<(&'static str, PeriodUnit)>,
    /// The answer naming where the permit is used, and the economic regions
    /// where another schedule may apply (the liberated territories): there
    /// the amount is confirmed when the application is reviewed.
    pub place: Option<(&'static str, &'static [&'static str])>,
}

/// What the applicant will pay, as far as the answers and the catalog tell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FeeDue {
    /// The service is free of charge.
    Free,
    /// This row of the schedule applies.
    Row(FeeRow),
    /// The amount depends on more than the form asks; it is confirmed when
    /// the application is reviewed.
    ConfirmedLater,
}

impl FeeBasis {
    fn group(&self, answers: &Answers) -> FeeGroup {
        self.groups
            .iter()
            .find(|(when, _)| when.holds(answers))
            .map_or(self.group, |(_, group)| *group)
    }
}

/// The fee for these answers: the one schedule row that matches the payer's
/// group, processing time and period; `ConfirmedLater` when none or several do.
pub fn fee_due(form: &Form, fees: &Fees, answers: &Answers) -> FeeDue {
    let rows = match fees {
        Fees::Free => return FeeDue::Free,
        Fees::StateDuty => return FeeDue::ConfirmedLater,
        Fees::Schedule { rows } => rows,
    };
    let Some(basis) = &form.fee else {
        return FeeDue::ConfirmedLater;
    };
    let elsewhere = basis.place.is_some_and(|(id, regions)| {
        let place = answers.get(id).and_then(|a| district::district(a.text()));
        place.is_some_and(|d| regions.contains(&d.region))
    });
    if elsewhere {
        return FeeDue::ConfirmedLater;
    }
    let number = |id: &str| answers.get(id).and_then(|a| a.text().parse::<u16>().ok());
    let group = basis.group(answers);
    let days = basis.working_days.map(number);
    let period = basis.period.map(|(id, unit)| {
        number(id).map(|n| match unit {
            PeriodUnit::Days => Period::Days(n),
            PeriodUnit::Months => Period::Months(n),
        })
    });
    // A basis that names no answer for a dimension takes any row's value there.
    let mut matching = rows.iter().filter(|row| {
        row.group == group
            && days.is_none_or(|d| d.is_some() && d == row.working_days)
            && period.is_none_or(|p| p.is_some() && p == row.period)
    });
    match (matching.next(), matching.next()) {
        (Some(row), None) => FeeDue::Row(row.clone()),
        _ => FeeDue::ConfirmedLater,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::catalog;
    use crate::date::CivilDate;
    use crate::forms::{example, form, forms, Answer};
    use crate::money::Azn;

    fn due(service: &str, answers: &[(&str, &str)]) -> FeeDue {
        let catalog = catalog();
        let fees = &catalog.service(service).unwrap().fees;
        let answers = answers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Answer::One((*v).to_owned())))
            .collect();
        fee_due(form(service).unwrap(), fees, &answers)
    }

    fn amount(due: FeeDue) -> Option<Azn> {
        match due {
            FeeDue::Row(row) => Some(row.amount),
            _ => None,
        }
    }

    fn azn(text: &str) -> Option<Azn> {
        text.parse().ok()
    }

    /// Temporary residence answers: (for whom, ground, months, working days).
    fn residence(for_whom: &str, ground: &str, months: &str, speed: &str) -> FeeDue {
        let answers = [
            ("applying.for", for_whom),
            ("residence.ground", ground),
            ("residence.months", months),
            ("residence.speed", speed),
        ];
        due("temporary-residence", &answers)
    }

    #[test]
    fn temporary_residence_by_group_period_and_processing_time() {
        assert_eq!(amount(residence("self", "work-permit", "12", "15")), azn("160"));
        assert_eq!(amount(residence("minor", "citizen-relative", "12", "20")), azn("60"));
        assert_eq!(amount(residence("self", "student", "24", "15")), azn("120"));
    }

    #[test]
    fn a_case_the_schedule_does_not_price_is_confirmed_later() {
        // Students are priced for 1 and 2 years only.
        assert_eq!(residence("self", "student", "6", "15"), FeeDue::ConfirmedLater);
        // A period never answered.
        assert_eq!(
            due("stay-extension", &[("applying.for", "self")]),
            FeeDue::ConfirmedLater
        );
    }

    #[test]
    fn other_schedules_and_kinds() {
        let stay = [
            ("applying.for", "minor"),
            ("extension.days", "60"),
            ("extension.speed", "3"),
        ];
        assert_eq!(amount(due("stay-extension", &stay)), azn("30"));
        assert_eq!(
            amount(due("permanent-residence", &[("applying.for", "self")])),
            azn("300")
        );
        let work = [("employer.type", "company"), ("job.months", "6"), ("job.speed", "20")];
        assert_eq!(amount(due("work-permit", &work)), azn("600"));
        // Work in Shusha may be priced by the liberated territories' schedule.
        let shusha = [
            ("employer.type", "company"),
            ("job.months", "6"),
            ("job.speed", "20"),
            ("job.district", "shusha"),
        ];
        assert_eq!(due("work-permit", &shusha), FeeDue::ConfirmedLater);
        assert_eq!(due("registration", &[]), FeeDue::Free);
        assert_eq!(due("citizenship-admission", &[]), FeeDue::ConfirmedLater);
    }

    /// Every form whose service has a schedule prices its own example answers,
    /// so a renamed field or option cannot silently leave the fee unknown.
    #[test]
    fn every_scheduled_form_prices_its_example() {
        let catalog = catalog();
        let today = CivilDate::new(2026, 3, 2).unwrap();
        for form in forms() {
            let fees = &catalog.service(form.service).unwrap().fees;
            if let Fees::Schedule { .. } = fees {
                let answers = example(form, today, "att-1");
                assert!(
                    matches!(fee_due(form, fees, &answers), FeeDue::Row(_)),
                    "{}: its example is not priced",
                    form.service
                );
            }
        }
    }
}
