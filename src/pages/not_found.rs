//! The page for addresses that lead nowhere (the server also answers 404).

use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    let msgs = use_i18n();
    html! {
        <>
            <PageHeading text={msgs.text("not-found-title")} />
            <p>{ msgs.text("not-found-body") }</p>
            <p><Link<Route> to={Route::Home { lang: msgs.lang() }}>{ msgs.text("not-found-home") }</Link<Route>></p>
        </>
    }
}
