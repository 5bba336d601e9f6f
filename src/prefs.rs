//! The visitor's language, remembered between visits on this device.

use qapi_core::Lang;

const KEY: &str = "qapi.lang";

/// The remembered choice, else the browser's first language Qapı speaks,
/// else Azerbaijani; on a kiosk, always the kiosk's own language.
pub fn preferred_lang() -> Lang {
    if let Some(kiosk) = crate::kiosk::settings() {
        return kiosk.default_lang;
    }
    remembered().or_else(browser_lang).unwrap_or_default()
}

/// Remembers an explicit choice. Storage may be unavailable (private modes,
/// blocked third-party storage); the choice then lasts for this page only.
pub fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, lang.code());
    }
}

fn remembered() -> Option<Lang> {
    storage()?.get_item(KEY).ok()??.parse().ok()
}

/// None on a kiosk (the next visitor must not inherit the choice) or in a
/// host page (`dom::storage`).
fn storage() -> Option<web_sys::Storage> {
    crate::dom::storage(false)
}

fn browser_lang() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(&tags)
}
