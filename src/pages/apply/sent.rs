//! The confirmation: the reference, what happens next, a QR code that opens
//! the tracking page on a phone, a receipt that prints on one page, and the
//! satisfaction rating. What was sent is kept for this tab only.

use super::draft;
use super::service_name;
use crate::components::feedback::Feedback;
use crate::components::form::iso_long_date;
use crate::components::page_heading::PageHeading;
use crate::components::receipt::Receipt;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::api::Lookup;
use qapi_core::catalog::period_label;
use qapi_core::date::baku_date_time;
use qapi_core::forms::{FeeDue, Form};
use qapi_core::i18n::{count, Arg, Messages};
use qapi_core::money;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SentProps {
    pub form: &'static Form,
}

#[component]
pub fn SentPage(props: &SentProps) -> Html {
    let msgs = use_i18n();
    let lang = msgs.lang();
    let form = props.form;
    let sent = use_state(|| draft::last_sent(form.service));
    let Some(sent) = &*sent else {
        // Nothing sent from this tab (an old link): say so, and offer the form.
        return html! {
            <div class="qp-apply">
                <PageHeading text={msgs.text("apply-sent-none-title")} />
                <p>{ msgs.text("apply-sent-none") }</p>
                <p><Link<Route> to={Route::Start { lang, id: form.service.to_owned() }}>{ msgs.text("apply-sent-start") }</Link<Route>></p>
            </div>
        };
    };
    let a = &sent.application;
    let tracking = Route::Start {
        lang,
        id: Lookup::ApplicationStatus.service().to_owned(),
    };
    // The agency's site, also when the form was filled in a host page.
    let origin = crate::widget::agency_origin();
    // The tracking page's address only: nothing personal in the code.
    let tracking_url = format!("{origin}{}", tracking.to_path());
    let when = baku_date_time(&a.submitted_at)
        .map(|(date, time)| format!("{}, {time}", iso_long_date(&msgs, &date.to_string())))
        .unwrap_or_else(|| a.submitted_at.clone());
    let on_print = Callback::from(|_: MouseEvent| dom::print());
    let service_id = format!("svc-{}", form.service);

    html! {
        <div class="qp-apply">
            <Receipt title={msgs.text("apply-sent-title")} reference_label={msgs.text("apply-sent-reference")}
                reference={a.reference.clone()} qr_text={tracking_url} qr_label={msgs.text("apply-sent-qr")}>
                <div><dt>{ msgs.text("apply-sent-service") }</dt><dd>{ service_name(&msgs, form) }</dd></div>
                <div><dt>{ msgs.text("apply-sent-when") }</dt><dd>{ when }</dd></div>
                <div><dt>{ msgs.text("apply-sent-fee") }</dt><dd>{ fee_due(&msgs, &sent.fee) }</dd></div>
            </Receipt>
            <h2>{ msgs.text("apply-sent-next-heading") }</h2>
            <p>{ msgs.text("apply-sent-next") }</p>
            if msgs.has_attr(&service_id, "fee-note") {
                <p>{ msgs.attr(&service_id, "fee-note") }</p>
            }
            <p>{ msgs.format("apply-sent-track", &[("reference", Arg::from(a.reference.as_str()))]) }</p>
            <p class="qp-no-print"><Link<Route> to={tracking}>{ msgs.text("apply-sent-track-link") }</Link<Route>></p>
            <div class="qp-button-group qp-no-print">
                <button type="button" class="qp-button" onclick={on_print}>{ msgs.text("apply-sent-print") }</button>
            </div>
            <div class="qp-no-print">
                <Feedback service={form.service} />
            </div>
        </div>
    }
}

/// The state duty as the receipt states it: the amount and the case it is
/// for (payer, period, processing time), else why no amount is given.
fn fee_due(msgs: &Messages, fee: &FeeDue) -> Html {
    match fee {
        FeeDue::Free => html! { { msgs.text("apply-sent-fee-free") } },
        FeeDue::ConfirmedLater => html! { { msgs.text("apply-sent-fee-later") } },
        FeeDue::Row(row) => {
            let mut case = vec![msgs.text(&format!("fee-group-{}", row.group.key()))];
            if row.period.is_some() {
                case.push(period_label(msgs, row.period));
            }
            if let Some(days) = row.working_days {
                case.push(msgs.format("fee-column-working-days", &[("days", count(days.into()))]));
            }
            html! { <>
                <strong>{ money::format(msgs.lang(), row.amount) }</strong>
                <br />
                { case.join("; ") }
            </> }
        }
    }
}
