//! The catalog's page written at build time (`cargo xtask` runs
//! `src/bin/prerender.rs`): the same components the app renders, to HTML,
//! so a first visit paints the catalog while the app downloads; the app then
//! takes over the page (`dom::take_over_prerendered`).

use crate::components::layout::Layout;
use crate::pages::home::HomePage;
use qapi_core::Lang;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct HomeProps {
    lang: Lang,
}

#[component]
fn Home(props: &HomeProps) -> Html {
    let history: AnyHistory = MemoryHistory::with_entries([format!("/{}", props.lang.code())]).into();
    html! {
        <Router {history}>
            <Layout lang={props.lang}><HomePage /></Layout>
        </Router>
    }
}

/// The home page in one language: its title, and its body's markup.
pub async fn home(lang: Lang) -> Result<(String, String), crate::lazy::LoadFailed> {
    let msgs = crate::i18n::load(lang).await?;
    let title = crate::components::page_heading::document_title(&msgs, &msgs.text("home-title"), false);
    let html = yew::LocalServerRenderer::<Home>::with_props(HomeProps { lang })
        .hydratable(false)
        .render()
        .await;
    Ok((title, html))
}
