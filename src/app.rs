//! The root component: router and the route → page switch.

use crate::components::layout::Layout;
use crate::lazy::{Lazy, Loader};
use crate::pages::calculators::{self, CalculatorProps};
use crate::pages::lookup::{self, LookupProps};
use crate::pages::queue::{self, QueueProps, QueueView};
use crate::pages::{home::HomePage, not_found::NotFoundPage, service::ServicePage};
use crate::prefs;
use crate::route::Route;
use qapi_core::catalog::catalog;
use qapi_core::lang::lang_of_path;
use qapi_core::start_page::StartPage;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Switch<Route> render={switch} />
        </BrowserRouter>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Root => html! { <Redirect<Route> to={Route::Home { lang: prefs::preferred_lang() }} /> },
        Route::Home { lang } => html! { <Layout {lang}><HomePage /></Layout> },
        Route::Service { lang, id } => match catalog().service(&id) {
            Some(service) => html! { <Layout {lang}><ServicePage {service} /></Layout> },
            None => html! { <Layout {lang}><NotFoundPage /></Layout> },
        },
        Route::Start { lang, id } => match catalog()
            .service(&id)
            .and_then(|s| Some((s, StartPage::for_service(&s.id)?)))
        {
            Some((service, StartPage::Lookup(_))) => {
                let props = LookupProps {
                    service: service.id.clone().into(),
                };
                html! { <Layout {lang}><Lazy<LookupProps> load={lookup::load as Loader<LookupProps>} {props} /></Layout> }
            }
            Some((_, StartPage::Calculator(calculator))) => {
                let props = CalculatorProps { calculator };
                html! { <Layout {lang}><Lazy<CalculatorProps> load={calculators::load as Loader<CalculatorProps>} {props} /></Layout> }
            }
            Some((_, StartPage::Queue)) => queue_page(lang, QueueView::Book),
            _ => html! { <Layout {lang}><NotFoundPage /></Layout> },
        },
        Route::QueueCancel { lang } => queue_page(lang, QueueView::Cancel),
        Route::NotFound => {
            // The 404 page speaks the language the address asked for, if any.
            let lang = crate::dom::pathname()
                .as_deref()
                .and_then(lang_of_path)
                .unwrap_or_else(prefs::preferred_lang);
            html! { <Layout {lang}><NotFoundPage /></Layout> }
        }
    }
}

fn queue_page(lang: qapi_core::Lang, view: QueueView) -> Html {
    let props = QueueProps { view };
    html! { <Layout {lang}><Lazy<QueueProps> load={queue::load as Loader<QueueProps>} {props} /></Layout> }
}
