//! Qapı in the browser: the Yew app. Pages render; rules and data come from
//! `qapi-core`. A library, so the browser tests can mount its parts.

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod i18n;
pub mod lazy;
pub mod pages;
pub mod prefs;
pub mod route;
pub mod theme;

/// Mounts the app on `<body>`, and tells `index.html` it started: its
/// loading notice hides, and stays ready to say so if the app later fails.
pub fn start() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("qp-boot"))
    {
        let _ = boot.class_list().add_1("qp-boot--started");
    }
    yew::Renderer::<app::App>::new().render();
    lazy::preload_when_idle();
}
