//! The app's URLs. Every page URL starts with its language, so a link can be
//! shared in the language it was read in.

use qapi_core::Lang;
use yew_router::Routable;

#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// Sends the visitor on to the home page in their language.
    #[at("/")]
    Root,
    #[at("/:lang")]
    Home { lang: Lang },
    #[at("/:lang/services/:id")]
    Service { lang: Lang, id: String },
    /// Where a service is used (a lookup's questions): a stable deep link
    /// for the e-Gov portal.
    #[at("/:lang/services/:id/start")]
    Start { lang: Lang, id: String },
    /// A later question page of an application form.
    #[at("/:lang/services/:id/apply/:step")]
    ApplyStep { lang: Lang, id: String, step: String },
    /// An application's answers to check before sending.
    #[at("/:lang/services/:id/check")]
    ApplyCheck { lang: Lang, id: String },
    /// An application sent: its reference and what happens next.
    #[at("/:lang/services/:id/sent")]
    ApplySent { lang: Lang, id: String },
    /// Cancelling an online-queue booking; its personal link carries the
    /// reference and secret in the fragment, which no server sees.
    #[at("/:lang/services/online-queue/cancel")]
    QueueCancel { lang: Lang },
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// Whether the route shows a page, not "page not found": what
    /// `qapi_core::pages::is_page` tells the server (a browser test walks
    /// every path through both).
    pub fn is_page(&self) -> bool {
        use qapi_core::catalog::catalog;
        match self {
            Route::Root | Route::Home { .. } => true,
            Route::Service { id, .. } => catalog().service(id).is_some(),
            Route::Start { id, .. } => catalog().service(id).is_some_and(|s| s.has_start_page()),
            Route::ApplyStep { id, step, .. } => qapi_core::forms::form(id).is_some_and(|f| f.step(step).is_some()),
            Route::ApplyCheck { id, .. } | Route::ApplySent { id, .. } => qapi_core::forms::form(id).is_some(),
            Route::QueueCancel { .. } => true,
            Route::NotFound => false,
        }
    }
}
