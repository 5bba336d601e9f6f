//! Cancelling a booking with its reference and secret: from the personal
//! link on the confirmation (both in the address's fragment, which is read
//! and then removed so it does not stay in the history), or typed in.

use super::{error_summary, inline_error, Problem};
use crate::api::{self, Failure};
use crate::components::page_heading::PageHeading;
use crate::components::receipt::Panel;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::api::CancelBooking;
use qapi_core::booking::{parse_cancel_fragment, QUEUE_SERVICE};
use qapi_core::i18n::Arg;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq)]
enum Phase {
    Asking,
    Sending,
    /// No booking has this reference and secret (the backend does not say which).
    NotFound,
    Failed(Failure),
    Cancelled(String),
}

const REFERENCE_ID: &str = "qp-queue-reference";
const SECRET_ID: &str = "qp-queue-secret";

#[component]
pub fn CancelPage() -> Html {
    let msgs = use_i18n();
    let lang = msgs.lang();
    let location = use_location();
    let navigator = use_navigator();
    let link = location.as_ref().and_then(|l| parse_cancel_fragment(l.hash()));
    let reference = use_state(|| link.as_ref().map(|(r, _)| r.clone()).unwrap_or_default());
    let secret = use_state(|| link.as_ref().map(|(_, s)| s.clone()).unwrap_or_default());
    let problems = use_state(Vec::<Problem>::new);
    let phase = use_state(|| Phase::Asking);

    // The secret leaves the address bar and the history entry at once.
    use_effect_with((), move |_| {
        if let (Some(location), Some(navigator)) = (location, navigator) {
            if !location.hash().is_empty() {
                navigator.replace(&Route::QueueCancel { lang });
            }
        }
    });

    let on_reference = {
        let reference = reference.clone();
        Callback::from(move |e: InputEvent| reference.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_secret = {
        let secret = secret.clone();
        Callback::from(move |e: InputEvent| secret.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_submit = {
        let (reference, secret, problems, phase, msgs) = (
            reference.clone(),
            secret.clone(),
            problems.clone(),
            phase.clone(),
            msgs.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *phase == Phase::Sending {
                return;
            }
            // References are ASCII (`QB-4H7T-0ZK9`): no Unicode case tables.
            let (r, s) = (reference.trim().to_ascii_uppercase(), secret.trim().to_owned());
            let mut found = Vec::new();
            if r.is_empty() {
                found.push(Problem {
                    anchor: REFERENCE_ID.into(),
                    message: msgs.text("queue-reference-required"),
                });
            }
            if s.is_empty() {
                found.push(Problem {
                    anchor: SECRET_ID.into(),
                    message: msgs.text("queue-secret-required"),
                });
            }
            if !found.is_empty() {
                problems.set(found);
                dom::focus_soon("#qp-error-summary");
                return;
            }
            problems.set(Vec::new());
            phase.set(Phase::Sending);
            let (secret, phase) = (secret.clone(), phase.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let path = format!(
                    "/queue/bookings/{}/cancel",
                    String::from(js_sys::encode_uri_component(&r))
                );
                // Cancelling twice is no more than once, so a lost answer may be retried.
                match api::post_no_content(&path, &CancelBooking { secret: s }, true).await {
                    Ok(()) => {
                        secret.set(String::new());
                        phase.set(Phase::Cancelled(r));
                        dom::focus_soon("#main h1");
                    }
                    Err(Failure::NotFound) => {
                        phase.set(Phase::NotFound);
                        dom::focus_soon("#qp-queue-failure");
                    }
                    Err(failure) => {
                        phase.set(Phase::Failed(failure));
                        dom::focus_soon("#qp-queue-failure");
                    }
                }
            });
        })
    };

    if let Phase::Cancelled(done) = &*phase {
        return html! {
            <article class="qp-queue">
                <Panel title={msgs.text("queue-cancelled-title")}>
                    { msgs.format("queue-cancelled-reference", &[("reference", Arg::from(done.as_str()))]) }
                </Panel>
                <p>{ msgs.text("queue-cancelled-free") }</p>
                <p><Link<Route> to={Route::Start { lang, id: QUEUE_SERVICE.to_owned() }}>{ msgs.text("queue-cancelled-again") }</Link<Route>></p>
            </article>
        };
    }

    let error_for = |anchor: &str| problems.iter().find(|p| p.anchor == anchor).map(|p| p.message.clone());
    let reference_error = error_for(REFERENCE_ID);
    let secret_error = error_for(SECRET_ID);
    let describedby = |hint: &str, error: &Option<String>, error_id: &str| match error {
        Some(_) => format!("{hint} {error_id}"),
        None => hint.to_owned(),
    };
    let failure = match &*phase {
        Phase::NotFound => Some(msgs.text("queue-cancel-not-found")),
        Phase::Failed(failure) => Some(failure.message(&msgs)),
        _ => None,
    };
    let sending = *phase == Phase::Sending;

    html! {
        <article class="qp-queue">
            <p><Link<Route> to={Route::Service { lang, id: QUEUE_SERVICE.to_owned() }}>{ msgs.text("form-back") }</Link<Route>></p>
            <PageHeading text={msgs.text("queue-cancel-title")} error={!problems.is_empty()} />
            <p class="qp-lead">{ msgs.text("queue-cancel-intro") }</p>
            { error_summary(&msgs, &problems) }
            if let Some(text) = failure {
                <div id="qp-queue-failure" class="qp-notice qp-notice--error" tabindex="-1" role="alert"><p>{ text }</p></div>
            }
            <form class="qp-queue__form" novalidate=true onsubmit={on_submit}>
                <div class={classes!("qp-field", reference_error.is_some().then_some("qp-field--error"))}>
                    <label class="qp-label" for={REFERENCE_ID}>{ msgs.text("queue-reference-label") }</label>
                    <p id="qp-queue-reference-hint" class="qp-hint">{ msgs.text("queue-reference-hint") }</p>
                    { inline_error(&msgs, "qp-queue-reference-error".into(), &reference_error) }
                    <input id={REFERENCE_ID} class={classes!("qp-input", "qp-input--20ch", reference_error.is_some().then_some("qp-input--error"))}
                        type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                        value={(*reference).clone()} oninput={on_reference}
                        aria-describedby={describedby("qp-queue-reference-hint", &reference_error, "qp-queue-reference-error")}
                        aria-invalid={reference_error.is_some().then_some("true")} />
                </div>
                <div class={classes!("qp-field", secret_error.is_some().then_some("qp-field--error"))}>
                    <label class="qp-label" for={SECRET_ID}>{ msgs.text("queue-secret-field") }</label>
                    <p id="qp-queue-secret-hint" class="qp-hint">{ msgs.text("queue-secret-hint") }</p>
                    { inline_error(&msgs, "qp-queue-secret-error".into(), &secret_error) }
                    <input id={SECRET_ID} class={classes!("qp-input", secret_error.is_some().then_some("qp-input--error"))}
                        type="text" autocomplete="off" autocapitalize="none" spellcheck="false"
                        value={(*secret).clone()} oninput={on_secret}
                        aria-describedby={describedby("qp-queue-secret-hint", &secret_error, "qp-queue-secret-error")}
                        aria-invalid={secret_error.is_some().then_some("true")} />
                </div>
                <button type="submit" class="qp-button" aria-disabled={sending.then_some("true")}>
                    { if sending { msgs.text("queue-cancel-sending") } else { msgs.text("queue-cancel-submit") } }
                </button>
            </form>
        </article>
    }
}
