//! Which paths are pages of the app: the app's router reads them with
//! `Address`, and a server asks `is_page` so it can answer a real 404 for the
//! rest while still handing every page to the single-page app.

use crate::catalog::catalog;
use crate::Lang;

/// A page's address, read into its parts. The app's router is built on it,
/// so the app and the server cannot disagree on what an address means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address<'a> {
    /// `/`: sends the visitor on to the home page in their language.
    Root,
    Home(Lang),
    Service(Lang, &'a str),
    /// A service's first page: its questions, a calculator or the queue.
    Start(Lang, &'a str),
    /// A later question page of an application form.
    ApplyStep(Lang, &'a str, &'a str),
    /// An application's answers to check before sending.
    ApplyCheck(Lang, &'a str),
    /// An application sent: its reference and what happens next.
    ApplySent(Lang, &'a str),
    /// Where a booking's personal cancel link leads.
    QueueCancel(Lang),
}

impl<'a> Address<'a> {
    /// Reads an address's shape (a language, a service id, a step), not yet
    /// whether that service or step exists. A slash at either end is ignored.
    pub fn read(path: &'a str) -> Option<Self> {
        let mut segments = path.trim_matches('/').split('/');
        let first = segments.next()?;
        if first.is_empty() {
            return segments.next().is_none().then_some(Address::Root);
        }
        let lang: Lang = first.parse().ok()?;
        let rest: Vec<&str> = segments.collect();
        Some(match rest.as_slice() {
            [] => Address::Home(lang),
            ["services", id] => Address::Service(lang, id),
            ["services", crate::booking::QUEUE_SERVICE, "cancel"] => Address::QueueCancel(lang),
            ["services", id, "start"] => Address::Start(lang, id),
            ["services", id, "check"] => Address::ApplyCheck(lang, id),
            ["services", id, "sent"] => Address::ApplySent(lang, id),
            ["services", id, "apply", step] => Address::ApplyStep(lang, id, step),
            _ => return None,
        })
    }

    /// Whether the address shows a page, not "page not found": its service,
    /// form and step exist.
    pub fn is_page(self) -> bool {
        let form = |id| crate::forms::form(id);
        match self {
            Address::Root | Address::Home(_) | Address::QueueCancel(_) => true,
            Address::Service(_, id) => catalog().service(id).is_some(),
            Address::Start(_, id) => catalog().service(id).is_some_and(|s| s.has_start_page()),
            Address::ApplyStep(_, id, step) => form(id).is_some_and(|f| f.step(step).is_some()),
            Address::ApplyCheck(_, id) | Address::ApplySent(_, id) => form(id).is_some(),
        }
    }
}

pub fn is_page(path: &str) -> bool {
    Address::read(path).is_some_and(Address::is_page)
}

#[cfg(test)]
mod tests {
    use super::{is_page, Address};
    use crate::Lang;

    #[test]
    fn an_address_is_read_into_its_parts() {
        assert_eq!(Address::read("/"), Some(Address::Root));
        assert_eq!(Address::read("/az/"), Some(Address::Home(Lang::Az)));
        assert_eq!(
            Address::read("/en/services/work-permit"),
            Some(Address::Service(Lang::En, "work-permit"))
        );
        assert_eq!(
            Address::read("/ru/services/registration/apply/registration-stay"),
            Some(Address::ApplyStep(Lang::Ru, "registration", "registration-stay"))
        );
        assert_eq!(
            Address::read("/az/services/online-queue/cancel"),
            Some(Address::QueueCancel(Lang::Az))
        );
        // Its shape only: whether the service exists is `is_page`'s question.
        assert_eq!(
            Address::read("/az/services/nope/start"),
            Some(Address::Start(Lang::Az, "nope"))
        );
        for other in [
            "/de",
            "/az//services/x",
            "/az/services",
            "/az/services/x/cancel",
            "/az/services/x/start/y",
        ] {
            assert_eq!(Address::read(other), None, "{other}");
        }
    }

    #[test]
    fn pages_and_non_pages() {
        for page in [
            "/",
            "/az",
            "/en/",
            "/ru/services/work-permit",
            "/az/services/registration/",
            "/en/services/travel-ban-check/start",
            "/az/services/registration-deadline/start",
            "/ru/services/stay-calculator/start",
            "/az/services/online-queue/start",
            "/en/services/online-queue/cancel",
            "/en/services/work-permit/start",
            "/az/services/registration/apply/registration-stay",
            "/ru/services/temporary-residence/check",
            "/en/services/citizenship-admission/sent",
        ] {
            assert!(is_page(page), "{page}");
        }
        for other in [
            "/de",
            "/az/services",
            "/az/services/nope",
            "/az/x/y/z",
            "/qapi-1a2b.wasm",
            "/en/404",
            "/en/services/nope/start",
            "/en/services/travel-ban-check/start/x",
            "/en/services/registration/cancel",
            "/en/services/registration/apply/nope",
            "/en/services/registration/apply",
            "/en/services/travel-ban-check/check",
            "/en/services/online-queue/sent",
        ] {
            assert!(!is_page(other), "{other}");
        }
    }
}
