//! The app's URLs. Every page URL starts with its language, so a link can be
//! shared in the language it was read in.

use qapi_core::pages::Address;
use qapi_core::Lang;
use std::collections::HashMap;
use yew_router::Routable;

/// Read from an address by `qapi_core::pages::Address`, the same reading the
/// server's `is_page` makes (not by yew-router's derive, whose route
/// recognizer cost the home page 19 KB of wasm).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// Sends the visitor on to the home page in their language.
    Root,
    Home {
        lang: Lang,
    },
    Service {
        lang: Lang,
        id: String,
    },
    /// Where a service is used (a lookup's questions): a stable deep link
    /// for the e-Gov portal.
    Start {
        lang: Lang,
        id: String,
    },
    /// A later question page of an application form.
    ApplyStep {
        lang: Lang,
        id: String,
        step: String,
    },
    /// An application's answers to check before sending.
    ApplyCheck {
        lang: Lang,
        id: String,
    },
    /// An application sent: its reference and what happens next.
    ApplySent {
        lang: Lang,
        id: String,
    },
    /// Cancelling an online-queue booking; its personal link carries the
    /// reference and secret in the fragment, which no server sees.
    QueueCancel {
        lang: Lang,
    },
    NotFound,
}

impl From<Address<'_>> for Route {
    fn from(address: Address<'_>) -> Self {
        match address {
            Address::Root => Route::Root,
            Address::Home(lang) => Route::Home { lang },
            Address::Service(lang, id) => Route::Service { lang, id: id.into() },
            Address::Start(lang, id) => Route::Start { lang, id: id.into() },
            Address::ApplyStep(lang, id, step) => Route::ApplyStep {
                lang,
                id: id.into(),
                step: step.into(),
            },
            Address::ApplyCheck(lang, id) => Route::ApplyCheck { lang, id: id.into() },
            Address::ApplySent(lang, id) => Route::ApplySent { lang, id: id.into() },
            Address::QueueCancel(lang) => Route::QueueCancel { lang },
        }
    }
}

impl Routable for Route {
    fn recognize(pathname: &str) -> Option<Self> {
        Some(Address::read(pathname).map_or(Route::NotFound, Route::from))
    }

    fn to_path(&self) -> String {
        match self {
            Route::Root => "/".into(),
            Route::Home { lang } => format!("/{lang}"),
            Route::Service { lang, id } => format!("/{lang}/services/{id}"),
            Route::Start { lang, id } => format!("/{lang}/services/{id}/start"),
            Route::ApplyStep { lang, id, step } => format!("/{lang}/services/{id}/apply/{step}"),
            Route::ApplyCheck { lang, id } => format!("/{lang}/services/{id}/check"),
            Route::ApplySent { lang, id } => format!("/{lang}/services/{id}/sent"),
            Route::QueueCancel { lang } => format!("/{lang}/services/{}/cancel", qapi_core::booking::QUEUE_SERVICE),
            Route::NotFound => "/404".into(),
        }
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    // Only the derive's recognizer reads these two; `recognize` above reads
    // addresses itself.
    fn from_path(_: &str, _: &HashMap<&str, &str>) -> Option<Self> {
        None
    }

    fn routes() -> Vec<&'static str> {
        Vec::new()
    }
}
