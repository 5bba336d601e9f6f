//! Locale-aware numbers through the browser's own `Intl`, which carries the
//! CLDR data for az, en and ru and costs the bundle nothing.

use js_sys::{Array, Function, Intl, Object, Reflect};
use qapi_core::money::Azn;
use qapi_core::Lang;
use wasm_bindgen::JsValue;

/// "1.400 AZN" in Azerbaijani, "AZN 1,400" in English, "1 400 AZN" in Russian;
/// qəpik are shown only when there are any.
pub fn money(lang: Lang, amount: Azn) -> String {
    let options = Object::new();
    let set = |k: &str, v: JsValue| Reflect::set(&options, &k.into(), &v).is_ok();
    let digits = if amount.is_whole() { 0 } else { 2 };
    let ok = set("style", "currency".into())
        && set("currency", "AZN".into())
        && set("currencyDisplay", "code".into())
        && set("minimumFractionDigits", digits.into())
        && set("maximumFractionDigits", digits.into());
    let locales = Array::of1(&lang.code().into());
    let formatted = ok
        .then(|| Intl::NumberFormat::new(&locales, &options).format())
        .and_then(|f: Function| f.call1(&JsValue::NULL, &amount.manats().into()).ok())
        .and_then(|v| v.as_string());
    formatted.unwrap_or_else(|| format!("{amount} AZN"))
}
