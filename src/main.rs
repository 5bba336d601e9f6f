//! Qapı in the browser: the Yew app. Pages render; rules and data come from
//! `qapi-core`.

mod app;
mod components;
mod dom;
mod format;
mod i18n;
mod pages;
mod prefs;
mod route;
mod theme;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
