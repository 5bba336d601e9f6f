//! Qapı in the browser: the Yew app. Pages render; rules and data come from
//! `qapi-core`. A library, so the browser tests can mount its parts.

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod i18n;
pub mod pages;
pub mod prefs;
pub mod route;
pub mod theme;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
