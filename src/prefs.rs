//! The visitor's language, remembered between visits on this device.

use gloo::storage::{LocalStorage, Storage};
use qapi_core::Lang;

const KEY: &str = "qapi.lang";

/// The remembered choice, else the browser's first language Qapı speaks,
/// else Azerbaijani.
pub fn preferred_lang() -> Lang {
    remembered().or_else(browser_lang).unwrap_or_default()
}

/// Remembers an explicit choice. Storage may be unavailable (private modes,
/// blocked third-party storage); the choice then lasts for this page only.
pub fn remember(lang: Lang) {
    let _ = LocalStorage::set(KEY, lang.code());
}

fn remembered() -> Option<Lang> {
    LocalStorage::get::<String>(KEY).ok()?.parse().ok()
}

fn browser_lang() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(&tags)
}
