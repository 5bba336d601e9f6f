//! The root component: router and the route → page switch.

use crate::components::layout::Layout;
use crate::lazy::{lazy, Feature};
use crate::pages::apply::{self, ApplyProps, View};
use crate::pages::calculators::{self, CalculatorProps};
use crate::pages::lookup::{self, LookupProps};
use crate::pages::queue;
use crate::pages::service::{self, ServicePageProps};
use crate::pages::{home::HomePage, not_found::NotFoundPage};
use crate::prefs;
use crate::route::Route;
use qapi_core::catalog::catalog;
use qapi_core::start_page::StartPage;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    let history = use_state(crate::widget::history);
    html! {
        <Router history={(*history).clone()}>
            <Switch<Route> render={switch} />
        </Router>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Root => html! { <Redirect<Route> to={Route::Home { lang: prefs::preferred_lang() }} /> },
        Route::Home { lang } => html! { <Layout {lang}><HomePage /></Layout> },
        Route::Service { lang, id } => match catalog().service(&id) {
            Some(service) => {
                let props = ServicePageProps { service };
                html! { <Layout {lang}>{ lazy(Feature::new(service::load, props)) }</Layout> }
            }
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
                html! { <Layout {lang}>{ lazy(Feature::new(lookup::load, props)) }</Layout> }
            }
            Some((_, StartPage::Calculator(calculator))) => {
                let props = CalculatorProps { calculator };
                html! { <Layout {lang}>{ lazy(Feature::new(calculators::loader(calculator), props)) }</Layout> }
            }
            Some((_, StartPage::Queue)) => queue_page(lang, queue::load),
            Some((_, StartPage::Application)) => apply_page(lang, id, View::Start),
            _ => html! { <Layout {lang}><NotFoundPage /></Layout> },
        },
        // An unknown step is the form's own "page not found".
        Route::ApplyStep { lang, id, step } => apply_page(lang, id, View::Step(step.into())),
        Route::ApplyCheck { lang, id } => apply_page(lang, id, View::Check),
        Route::ApplySent { lang, id } => apply_page(lang, id, View::Sent),
        Route::QueueCancel { lang } => queue_page(lang, queue::load_cancel),
        Route::NotFound => {
            // The 404 page speaks the language the address asked for (the
            // host's choice in a widget), if any.
            let lang = crate::widget::start_lang().unwrap_or_else(prefs::preferred_lang);
            html! { <Layout {lang}><NotFoundPage /></Layout> }
        }
    }
}

/// Every page of an application form: the same tree, so the form's state
/// carries from one page to the next.
fn apply_page(lang: qapi_core::Lang, id: String, view: View) -> Html {
    // The catalog, not the forms, which load with the form's chunk.
    if StartPage::for_service(&id) != Some(StartPage::Application) {
        return html! { <Layout {lang}><NotFoundPage /></Layout> };
    }
    let props = ApplyProps {
        service: id.into(),
        view,
    };
    html! { <Layout {lang}>{ lazy(Feature::new(apply::load, props)) }</Layout> }
}

fn queue_page(lang: qapi_core::Lang, load: crate::lazy::Loader<()>) -> Html {
    html! { <Layout {lang}>{ lazy(Feature::new(load, ())) }</Layout> }
}
