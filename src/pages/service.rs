//! A service's page: what it is, who may use it, documents, fees, times,
//! validity, legal basis and where to use it.

use crate::components::feedback::Feedback;
use crate::components::{fee_table::FeeTables, page_heading::PageHeading};
use crate::i18n::use_i18n;
use crate::lazy::Preloader;
use crate::pages::{apply, calculators, lookup, queue};
use crate::route::Route;
use qapi_core::catalog::{Fees, Service};
use qapi_core::start_page::StartPage;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ServicePageProps {
    pub service: &'static Service,
}

// A chunk of its own: a deep link to a start page, as the e-Gov portal
// makes, does not carry it, nor does the home page. On a service's address
// `index.html` fetches it beside the main module and `start()` waits for it.
crate::lazy_feature!(service_chunk, load, preload, ServicePageProps, ServicePage);

/// Whether the page at `path` is a service's page (of a service that exists).
pub fn shows(path: &str) -> bool {
    use qapi_core::pages::Address;
    Address::read(path).is_some_and(|a| matches!(a, Address::Service(..)) && a.is_page())
}

#[component]
pub fn ServicePage(props: &ServicePageProps) -> Html {
    let msgs = use_i18n();
    let s = props.service;
    let id = s.message_id();
    let section = |heading: String, body: Html| {
        html! { <section><h2>{ heading }</h2>{ body }</section> }
    };
    let paragraph = |attr: &str| html! { <p>{ msgs.attr(&id, attr) }</p> };
    let list = |keys: Vec<String>| html! { <ul>{ for keys.iter().map(|k| html! { <li>{ msgs.text(k) }</li> }) }</ul> };

    let fee_note = if msgs.has_attr(&id, "fee-note") {
        paragraph("fee-note")
    } else {
        Html::default()
    };
    let fees = match &s.fees {
        Fees::Free => html! { <p>{ msgs.text("fee-free") }</p> },
        Fees::StateDuty => fee_note,
        Fees::Schedule { .. } => html! {
            <>
                { fee_note }
                <FeeTables fees={s.fees.clone()} />
                <p>{ msgs.text("fee-source") }</p>
            </>
        },
    };

    // The chunk the Start button leads to, by the same rule as the router's.
    let preload: Option<Preloader> = StartPage::for_service(&s.id).map(|page| match page {
        StartPage::Lookup(_) => lookup::preload,
        StartPage::Calculator(calculator) => calculators::preloader(calculator),
        StartPage::Queue => queue::preload,
        StartPage::Application => apply::preload,
    });

    html! {
        <article>
            <p><Link<Route> to={Route::Home { lang: msgs.lang() }}>{ msgs.text("back-to-catalog") }</Link<Route>></p>
            <PageHeading text={msgs.text(&id)} />
            <p>{ msgs.attr(&id, "summary") }</p>
            if let Some(preload) = preload {
                // Fetched as the pointer or focus comes near, so Start answers at once.
                <p class="qp-start" onmouseover={Callback::from(move |_: MouseEvent| spawn_local(preload()))}
                    onfocusin={Callback::from(move |_: FocusEvent| spawn_local(preload()))}>
                    <Link<Route> classes="qp-button qp-button--start" to={Route::Start { lang: msgs.lang(), id: s.id.to_string() }}>
                        { msgs.text("service-start") }
                    </Link<Route>>
                </p>
            }
            { section(msgs.text("service-section-who"), paragraph("who")) }
            if !s.documents.is_empty() {
                { section(msgs.text("service-section-documents"), list(s.document_message_ids().collect())) }
            }
            { section(msgs.text("service-section-fees"), fees) }
            { section(msgs.text("service-section-processing"), paragraph("processing")) }
            if msgs.has_attr(&id, "validity") {
                { section(msgs.text("service-section-validity"), paragraph("validity")) }
            }
            { section(msgs.text("service-section-legal"), paragraph("legal")) }
            { section(msgs.text("service-section-channels"), list(s.channels.iter().map(|c| format!("channel-{}", c.key())).collect())) }
            <Feedback key={&*s.id} service={s.id.clone()} />
        </article>
    }
}
