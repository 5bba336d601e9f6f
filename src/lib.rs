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

/// Mounts the app on `<body>`, replacing the "portal did not start" notice
/// that `index.html` reveals if this never runs.
pub fn start() {
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("qp-boot")) {
        boot.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
