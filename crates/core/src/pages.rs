//! Which paths are pages of the app, so a server can answer a real 404 for
//! the rest while still handing every page to the single-page app. It must
//! agree with the app's `Route` enum (`src/route.rs`).

use crate::catalog::catalog;
use crate::Lang;

pub fn is_page(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let lang_ok = |s: &str| s.parse::<Lang>().is_ok();
    match segments.as_slice() {
        [""] => true,
        [lang] => lang_ok(lang),
        [lang, "services", id] => lang_ok(lang) && catalog().service(id).is_some(),
        [lang, "services", id, "start"] => lang_ok(lang) && catalog().service(id).is_some_and(|s| s.has_start_page()),
        // An application form's later steps, its answers to check, and what was sent.
        [lang, "services", id, "apply", step] => {
            lang_ok(lang) && crate::forms::form(id).is_some_and(|f| f.step(step).is_some())
        }
        [lang, "services", id, "check" | "sent"] => lang_ok(lang) && crate::forms::form(id).is_some(),
        // Where a booking's personal cancel link leads.
        [lang, "services", crate::booking::QUEUE_SERVICE, "cancel"] => lang_ok(lang),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_page;

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
