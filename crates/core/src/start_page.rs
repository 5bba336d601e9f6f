//! The services used right here, each from its start page
//! (`/{lang}/services/{id}/start`): the application forms, the lookups, the
//! calculators and the online queue. The one list both the app's router and
//! `pages::is_page` ask.

use crate::api::Lookup;
use crate::i18n::Section;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calculator {
    RegistrationDeadline,
    TemporaryStay,
}

impl Calculator {
    pub const ALL: [Calculator; 2] = [Calculator::RegistrationDeadline, Calculator::TemporaryStay];

    pub fn for_service(id: &str) -> Option<Calculator> {
        Calculator::ALL.into_iter().find(|c| c.service() == id)
    }

    /// The catalog id of the service.
    pub fn service(self) -> &'static str {
        match self {
            Calculator::RegistrationDeadline => "registration-deadline",
            Calculator::TemporaryStay => "stay-calculator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartPage {
    Lookup(Lookup),
    Calculator(Calculator),
    /// The online queue: book a visit to an office.
    Queue,
    /// An application form: its first question (`forms::form`).
    Application,
}

impl StartPage {
    /// The message sections its pages show besides `Section::Base`.
    pub fn sections(self) -> &'static [Section] {
        match self {
            StartPage::Lookup(_) => &[Section::Forms, Section::Lookups],
            StartPage::Calculator(Calculator::TemporaryStay) => &[Section::Forms, Section::Calculators, Section::Stay],
            StartPage::Calculator(Calculator::RegistrationDeadline) => {
                &[Section::Forms, Section::Calculators, Section::Deadline]
            }
            StartPage::Queue => &[Section::Forms, Section::Queue],
            StartPage::Application => &[Section::Forms, Section::Apply],
        }
    }

    pub fn for_service(id: &str) -> Option<StartPage> {
        Lookup::for_service(id)
            .map(StartPage::Lookup)
            .or_else(|| Calculator::for_service(id).map(StartPage::Calculator))
            .or_else(|| (id == crate::booking::QUEUE_SERVICE).then_some(StartPage::Queue))
            // Every application service has a form (a test in `forms` holds
            // to it); asking the catalog keeps the forms out of the home page.
            .or_else(|| {
                crate::catalog::catalog()
                    .service(id)
                    .is_some_and(|s| s.kind == crate::catalog::Kind::Application)
                    .then_some(StartPage::Application)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::catalog;

    #[test]
    fn every_start_page_is_a_catalog_service() {
        for c in Calculator::ALL {
            assert!(catalog().service(c.service()).is_some(), "{c:?}");
            assert_eq!(StartPage::for_service(c.service()), Some(StartPage::Calculator(c)));
        }
        for l in Lookup::ALL {
            assert_eq!(StartPage::for_service(l.service()), Some(StartPage::Lookup(l)));
        }
        assert_eq!(StartPage::for_service("online-queue"), Some(StartPage::Queue));
        assert_eq!(StartPage::for_service("work-permit"), Some(StartPage::Application));
        assert_eq!(StartPage::for_service("nope"), None);
    }
}
