//! Qapı in the browser: the Yew app. Pages render; rules and data come from
//! `qapi-core`. A library, so the browser tests can mount its parts.

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod i18n;
pub mod kiosk;
pub mod lazy;
pub mod pages;
pub mod prefs;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod route;
pub mod widget;

/// Loads the page's language, then hides the start-up notice and mounts the
/// app in `index.html`'s `#qp-app` (in a host page, in the widget's root,
/// `widget/`, where the notice is replaced). When the language cannot be
/// fetched, the notice says at once that the portal did not start.
pub fn start() {
    // Before anything could be written to storage.
    if kiosk::asked_by_page() {
        kiosk::turn_on(qapi_core::kiosk::KioskSettings::default());
    }
    wasm_bindgen_futures::spawn_local(async move {
        let prepared = widget::prepare().await.is_ok();
        let lang = widget::start_lang().unwrap_or_else(prefs::preferred_lang);
        let started = prepared && i18n::load(lang).await.is_ok();
        // A service's page waits for its chunk (fetched since the page
        // began), so it shows at once rather than after a "Loading…"; if it
        // cannot be fetched, the page says so and offers to try again.
        if started && widget::start_path().is_some_and(|p| pages::service::shows(&p)) {
            let _ = pages::service::load().await;
        }
        dom::boot_notice(if started { "qp-boot--started" } else { "qp-boot--failed" });
        if started {
            if let Some(root) = widget::mount().map(|m| m.root).or_else(dom::app_root) {
                yew::Renderer::<app::App>::with_root(root).render();
            }
            lazy::preload_when_idle();
            widget::when_framed().await;
        }
    });
}
