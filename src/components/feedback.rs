//! "How satisfied are you?": a 1–5 rating with an optional comment, sent to
//! `POST /feedback`. What the person typed stays in the form whatever goes
//! wrong; a retry of the same answers reuses its Idempotency-Key, so it is
//! counted once.

use crate::api::{self, Failure};
use crate::dom;
use crate::i18n::use_i18n;
use qapi_core::api::{FeedbackReceipt, NewFeedback};
use qapi_core::validate::FieldError;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub service: AttrValue,
}

// No chunk of its own: it travels with the pages that show it (a service's
// page, an application's confirmation), as one split point fewer cuts the
// chunks every page shares less finely.

#[derive(Clone, PartialEq)]
enum Sending {
    Idle,
    InFlight,
    Failed(Failure),
    Invalid(Vec<FieldError>),
    Sent,
}

#[component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let msgs = use_i18n();
    let rating = use_state(|| None::<i64>);
    let comment = use_state(String::new);
    let state = use_state(|| Sending::Idle);
    // One key per content: kept across retries, dropped when an answer changes.
    let key = use_mut_ref(|| None::<String>);

    if *state == Sending::Sent {
        return html! {
            <section class="qp-feedback" aria-labelledby="qp-feedback-title">
                <h2 id="qp-feedback-title">{ msgs.text("feedback-title") }</h2>
                <p id="qp-feedback-thanks" role="status" tabindex="-1">{ msgs.text("feedback-thanks") }</p>
            </section>
        };
    }

    let on_rating = {
        let (rating, key) = (rating.clone(), key.clone());
        move |value: i64| {
            let (rating, key) = (rating.clone(), key.clone());
            Callback::from(move |e: Event| {
                if e.target_unchecked_into::<HtmlInputElement>().checked() {
                    rating.set(Some(value));
                    *key.borrow_mut() = None;
                }
            })
        }
    };
    let on_comment = {
        let (comment, key) = (comment.clone(), key.clone());
        Callback::from(move |e: InputEvent| {
            comment.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            *key.borrow_mut() = None;
        })
    };
    let on_submit = {
        let (rating, comment, state, key, service) = (
            rating.clone(),
            comment.clone(),
            state.clone(),
            key.clone(),
            props.service.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *state == Sending::InFlight {
                return;
            }
            let feedback = NewFeedback {
                service: service.to_string(),
                rating: *rating,
                comment: (*comment).clone(),
            };
            if let Err(errors) = feedback.validate() {
                state.set(Sending::Invalid(errors));
                dom::focus_soon("#qp-feedback-alert");
                return;
            }
            let existing = key.borrow().clone();
            let key = match existing.map_or_else(api::new_idempotency_key, Ok) {
                Ok(k) => {
                    *key.borrow_mut() = Some(k.clone());
                    k
                }
                Err(failure) => {
                    state.set(Sending::Failed(failure));
                    dom::focus_soon("#qp-feedback-alert");
                    return;
                }
            };
            state.set(Sending::InFlight);
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match api::post::<_, FeedbackReceipt>("/feedback", &feedback, Some(&key), false).await {
                    Ok(_) => {
                        state.set(Sending::Sent);
                        dom::focus_soon("#qp-feedback-thanks");
                    }
                    Err(Failure::Invalid(errors)) => {
                        state.set(Sending::Invalid(errors));
                        dom::focus_soon("#qp-feedback-alert");
                    }
                    Err(failure) => {
                        state.set(Sending::Failed(failure));
                        dom::focus_soon("#qp-feedback-alert");
                    }
                }
            });
        })
    };

    let field_error = |field: &str| match &*state {
        Sending::Invalid(errors) => errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| msgs.text(&e.code.message_id())),
        _ => None,
    };
    let rating_error = field_error("rating");
    let comment_error = field_error("comment");
    let alert = match &*state {
        Sending::Failed(failure) => Some(failure.message(&msgs)),
        Sending::Invalid(_) => Some(msgs.text("api-invalid")),
        _ => None,
    };
    let sending = *state == Sending::InFlight;
    let scale = (1..=5).map(|value| {
        let id = format!("qp-rating-{value}");
        html! {
            <label class="qp-choice" for={id.clone()}>
                <input type="radio" id={id} name="qp-rating" checked={*rating == Some(value)} onchange={on_rating(value)} />
                <span>{ msgs.format("feedback-rating-option", &[("rating", qapi_core::i18n::count(value as usize))]) }</span>
            </label>
        }
    });

    html! {
        <section class="qp-feedback" aria-labelledby="qp-feedback-title">
            <h2 id="qp-feedback-title">{ msgs.text("feedback-title") }</h2>
            <form novalidate=true onsubmit={on_submit}>
                // Focus moves here (not role="alert", which would announce it twice).
                if let Some(text) = alert {
                    <div id="qp-feedback-alert" class="qp-feedback__alert" tabindex="-1">{ text }</div>
                }
                <fieldset aria-describedby={rating_error.as_ref().map(|_| "qp-rating-error")}>
                    <legend>{ msgs.text("feedback-rating-legend") }</legend>
                    if let Some(text) = rating_error {
                        <p id="qp-rating-error" class="qp-feedback__error">{ text }</p>
                    }
                    <div class="qp-feedback__scale">{ for scale }</div>
                </fieldset>
                <label class="qp-feedback__label" for="qp-feedback-comment">{ msgs.text("feedback-comment-label") }</label>
                <p id="qp-feedback-comment-hint" class="qp-feedback__hint">{ msgs.text("feedback-comment-hint") }</p>
                if let Some(text) = comment_error.clone() {
                    <p id="qp-comment-error" class="qp-feedback__error">{ text }</p>
                }
                <textarea id="qp-feedback-comment" rows="4" value={(*comment).clone()} oninput={on_comment}
                    aria-describedby={if comment_error.is_some() { "qp-feedback-comment-hint qp-comment-error" } else { "qp-feedback-comment-hint" }}
                    aria-invalid={comment_error.is_some().then_some("true")} />
                <p>
                    <button type="submit" class="qp-button" aria-disabled={sending.then_some("true")}>
                        { if sending { msgs.text("feedback-sending") } else { msgs.text("feedback-submit") } }
                    </button>
                </p>
            </form>
        </section>
    }
}
