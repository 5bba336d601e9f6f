//! Kiosk mode (`qapi_core::kiosk`): on when the page's `<body>` says
//! `data-mode="kiosk"` or `config.json` says `"mode": "kiosk"`, never by an
//! address, which anyone could edit. In kiosk mode nothing is written to
//! the device's storage (drafts and the language live in memory only), the
//! page is styled for touch (`qp-kiosk` on `<html>`, `kiosk.css`), and the
//! idle guard (`components/idle_guard.rs`, a chunk of its own) wipes
//! everything after a time without activity.

use qapi_core::kiosk::KioskSettings;
use qapi_core::Lang;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    static SETTINGS: Cell<Option<KioskSettings>> = const { Cell::new(None) };
    static WIPING: Cell<bool> = const { Cell::new(false) };
}

/// The kiosk's settings, when the app runs as a kiosk.
pub fn settings() -> Option<KioskSettings> {
    SETTINGS.get()
}

pub fn is_on() -> bool {
    settings().is_some()
}

/// Kiosk mode as the layout last saw it, provided to every page: mode set
/// in `config.json` turns on after a page may have shown (a deep link's
/// page can be quicker than the configuration), and what a page shows a
/// kiosk (autofill off, its own privacy note) must follow at once.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct KioskOn(pub bool);

/// Whether the app runs as a kiosk; renders again when that changes.
#[yew::hook]
pub fn use_kiosk() -> bool {
    yew::use_context::<KioskOn>().map_or_else(is_on, |k| k.0)
}

/// Whether the page the app runs in asks for kiosk mode: its `<body>` has
/// `data-mode="kiosk"`.
pub fn asked_by_page() -> bool {
    crate::dom::body().and_then(|b| b.get_attribute("data-mode")).as_deref() == Some("kiosk")
}

/// Turns kiosk mode on (again, with the configuration's settings once they
/// arrive): what an earlier visitor may have left in storage goes, and a
/// page brought back from the back-forward cache is loaded afresh, so the
/// Back button never shows a previous visitor's answers.
pub fn turn_on(settings: KioskSettings) {
    // Not in another site's page: the wipe would clear the host's storage
    // and send the host's page away.
    if crate::widget::is_on() {
        return;
    }
    let first = !is_on();
    SETTINGS.set(Some(settings.sane()));
    if !first {
        return;
    }
    clear_storage();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("qp-kiosk");
    }
    let on_show = Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(|e: web_sys::PageTransitionEvent| {
        if e.persisted() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    // Listens for the page's whole life.
    on_show.forget();
}

/// Forgets the visitor: storage, then everything in memory (the page is
/// replaced by the home page in the kiosk's language, a fresh document, so
/// no state, open dialog or history state of theirs survives; a new version
/// of the app, if one was deployed, starts here and never mid-form).
pub fn wipe(lang: Lang) {
    // Once: a second `replace` while the first is on its way would restart it.
    if WIPING.replace(true) {
        return;
    }
    clear_storage();
    let Some(window) = web_sys::window() else {
        return;
    };
    // Nothing of the visitor shows while the home page loads.
    if let Some(body) = window.document().and_then(|d| d.body()) {
        body.set_hidden(true);
    }
    let _ = window.location().replace(&format!("/{}/", lang.code()));
}

/// Milliseconds on a clock that only moves forward (unlike the wall clock,
/// which a time sync may set back or forward), for the idle time.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

fn clear_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for storage in [window.local_storage(), window.session_storage()] {
        if let Ok(Some(storage)) = storage {
            let _ = storage.clear();
        }
    }
}
