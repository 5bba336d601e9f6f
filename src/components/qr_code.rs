//! A QR code drawn as one SVG path (`qapi_core::qr`). Its encoder is a chunk
//! of its own, shared by the queue's slip and an application's confirmation,
//! fetched while the booking or application is being sent, so no first page
//! carries it.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct QrProps {
    /// What the code holds: a reference, or an address with nothing personal.
    pub text: String,
    /// Its accessible name.
    pub label: String,
}

crate::lazy_feature!(qr_chunk, load, preload, QrProps, QrCode);

/// Nothing when the text cannot be a QR code (the page shows it as text too).
#[component]
pub fn QrCode(props: &QrProps) -> Html {
    let Some(qr) = qapi_core::qr::svg_path(&props.text) else {
        return Html::default();
    };
    let view_box = format!("0 0 {0} {0}", qr.side);
    html! {
        <svg class="qp-receipt__qr" viewBox={view_box} role="img" aria-label={props.label.clone()}>
            <path d={qr.d} />
        </svg>
    }
}
