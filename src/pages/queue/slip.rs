//! The booking's confirmation, which prints as a one-page slip: the
//! reference (also as a QR code for the office to scan), the service, the
//! office, the day and time, what to bring, and how to cancel.

use super::book::Booked;
use super::{localised, office_name, weekday_date};
use crate::components::receipt::Receipt;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::booking::{cancel_fragment, QUEUE_SERVICE};
use qapi_core::i18n::Arg;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SlipProps {
    pub booked: Booked,
    /// "Book another visit".
    pub on_again: Callback<()>,
}

// Shown only once a visit is booked, so the start page does not carry it:
// fetched once the booking page shows (and again, if that failed, while the
// booking is sent); if it cannot be, the booking page still gives the
// reference and the cancellation code.
crate::lazy_feature!(queue_slip_chunk, load, preload, SlipProps, Slip);

#[component]
pub fn Slip(props: &SlipProps) -> Html {
    let msgs = use_i18n();
    let lang = msgs.lang();
    let b = &props.booked.booking;
    let service = qapi_core::catalog::catalog()
        .service(&props.booked.service)
        .map_or_else(|| props.booked.service.clone(), |s| msgs.text(&s.message_id()));
    let (office, address) = match &props.booked.office {
        Some(o) => (office_name(lang, o), localised(lang, &o.address)),
        None => (b.office.clone(), String::new()),
    };
    let day = qapi_core::validate::iso_date(&b.date).map_or_else(|_| b.date.clone(), |d| weekday_date(&msgs, d));
    // The secret travels only in the fragment, which never reaches a server;
    // from a host page, to the agency's site in a tab of its own (never in
    // the host's address, where its scripts would read it).
    let cancel_href = format!(
        "{}/{}/services/{QUEUE_SERVICE}/cancel#{}",
        crate::widget::app_origin().unwrap_or_default(),
        lang.code(),
        cancel_fragment(&b.reference, &b.secret)
    );
    let cancel_target = crate::widget::is_on().then_some("_blank");
    let qr_label = msgs.format("queue-qr-label", &[("reference", Arg::from(b.reference.as_str()))]);
    let on_print = Callback::from(|_: MouseEvent| dom::print());
    let on_again = {
        let again = props.on_again.clone();
        Callback::from(move |_: MouseEvent| again.emit(()))
    };

    html! {
        <article class="qp-queue qp-queue--slip">
            // The reference in the code: the office scans it instead of typing it.
            <Receipt title={msgs.text("queue-booked-title")} reference_label={msgs.text("queue-booked-reference")}
                reference={b.reference.clone()} qr_text={b.reference.clone()} {qr_label}>
                <div><dt>{ msgs.text("queue-fact-service") }</dt><dd>{ service }</dd></div>
                <div><dt>{ msgs.text("queue-fact-office") }</dt><dd>{ office }</dd></div>
                if !address.is_empty() {
                    <div><dt>{ msgs.text("queue-fact-address") }</dt><dd>{ address }</dd></div>
                }
                <div><dt>{ msgs.text("queue-fact-day") }</dt><dd><time datetime={b.date.clone()}>{ day }</time></dd></div>
                <div><dt>{ msgs.text("queue-fact-time") }</dt><dd><strong>{ b.time.clone() }</strong></dd></div>
            </Receipt>
            <h2>{ msgs.text("queue-bring-heading") }</h2>
            <p>{ msgs.text("queue-bring-passport") }</p>
            <p>{ msgs.text("queue-bring-arrive") }</p>
            <h2>{ msgs.text("queue-cancel-heading") }</h2>
            <p>{ msgs.text("queue-cancel-how") }</p>
            <p class="qp-no-print"><a href={cancel_href} target={cancel_target} rel="noopener">{ msgs.text("queue-cancel-link") }</a></p>
            <p>{ msgs.text("queue-secret-label") }{ " " }<strong class="qp-queue__secret">{ b.secret.clone() }</strong></p>
            <p class="qp-queue__warning">{ msgs.text("queue-secret-once") }</p>
            <div class="qp-button-group qp-no-print">
                <button type="button" class="qp-button" onclick={on_print}>{ msgs.text("queue-print") }</button>
                <button type="button" class="qp-button qp-button--secondary" onclick={on_again}>{ msgs.text("queue-again") }</button>
            </div>
            <p class="qp-no-print">
                <Link<Route> to={Route::Service { lang, id: QUEUE_SERVICE.to_owned() }}>{ msgs.text("form-back") }</Link<Route>>
            </p>
        </article>
    }
}
