//! JSON through the browser's own `JSON.parse` and `JSON.stringify`, with
//! serde-wasm-bindgen between them and Rust types: no JSON parser or
//! printer ships in the wasm.

use serde::de::DeserializeOwned;
use serde::Serialize;

pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    // JSON-compatible: `None` is `null` and maps are objects, as a server expects.
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?).ok()
}
