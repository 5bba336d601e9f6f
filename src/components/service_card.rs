//! One service in the catalog list: its title as a link, summary and who it is for.

use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::catalog::Service;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceCardProps {
    pub service: &'static Service,
}

#[component]
pub fn ServiceCard(props: &ServiceCardProps) -> Html {
    let msgs = use_i18n();
    let s = props.service;
    let id = s.message_id();
    // The service's page is fetched as soon as its link is pointed at or
    // focused, so it is usually there before it is asked for.
    let preload = Callback::from(|_: Event| wasm_bindgen_futures::spawn_local(crate::pages::service::preload()));
    html! {
        <li class="qp-card">
            <h3 onmouseover={preload.reform(Event::from)} onfocusin={preload.reform(Event::from)}>
                <Link<Route> to={Route::Service { lang: msgs.lang(), id: s.id.to_string() }}>{ msgs.text(&id) }</Link<Route>>
            </h3>
            <p>{ msgs.attr(&id, "summary") }</p>
            <p class="qp-card__meta">
                <span class="qp-card__kind">{ msgs.text(&format!("kind-{}", s.kind.key())) }</span>
                // One message per set of audiences: each language words and orders it.
                { msgs.text(&s.audience_message_id()) }
            </p>
        </li>
    }
}
