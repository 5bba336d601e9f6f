//! The look lives in plain CSS files, not here: `src/theme.css` (design
//! tokens as CSS custom properties on `:root`, so a host page or the kiosk
//! mode can restyle Qapı by overriding variables, never selectors; base
//! element styles; the shared `qp-*` classes) and one file beside each
//! component that has styles (`header.css` beside `header.rs`, scoped by the
//! component's root class `qp-header`). The release build joins them into one
//! hashed stylesheet that `index.html` links (`xtask/src/build.rs`), so the
//! browser parses it while the wasm downloads and the app generates or injects
//! no styles at run time (and the CSP needs no `'unsafe-inline'` for styles).

use yew::prelude::*;

/// Renders nothing: the styles come from the stylesheet `index.html` links.
/// Kept so the app's root can go on rendering `<Theme />`; removing it there
/// (and this) changes nothing.
#[component]
pub fn Theme() -> Html {
    Html::default()
}
