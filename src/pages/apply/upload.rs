//! One document to upload: the file is checked before it is sent (its
//! first bytes must be a PDF, JPEG or PNG, whatever its name says; at most
//! the contract's 5 MiB), sent with a real progress bar, and can be retried
//! or removed. The backend checks the content again.

use super::draft::Entry;
use super::Notice;
use crate::api::{self, Failure};
use crate::i18n::use_i18n;
use qapi_core::attachment::{media_type, MAX_BYTES};
use qapi_core::i18n::Arg;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct UploadProps {
    pub id: String,
    pub label: String,
    pub hint: String,
    pub entry: Option<Entry>,
    /// A problem found when the step was checked (nothing uploaded yet).
    pub problem: Option<String>,
    pub onchange: Callback<Entry>,
}

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    /// Share sent, from 0 to 100.
    Sending(u32),
    Refused(Notice),
    /// The file could not be sent: it can be sent again with the same key.
    Failed {
        failure: Failure,
        file: web_sys::File,
        key: String,
    },
}

/// Why a chosen file is not sent.
async fn refusal(file: &web_sys::File) -> Option<Notice> {
    if file.size() > MAX_BYTES as f64 {
        return Some(Notice::message("apply-upload-too-large"));
    }
    let head = file.slice_with_i32_and_i32(0, 8).ok()?;
    let bytes = JsFuture::from(head.array_buffer()).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    media_type(&bytes)
        .is_none()
        .then(|| Notice::message("apply-upload-wrong-type"))
}

#[component]
pub fn Upload(props: &UploadProps) -> Html {
    let msgs = use_i18n();
    let state = use_state(|| State::Idle);
    let input_id = props.id.clone();

    let send = {
        let (state, onchange) = (state.clone(), props.onchange.clone());
        Rc::new(move |file: web_sys::File, key: String| {
            let (state, onchange) = (state.clone(), onchange.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(why) = refusal(&file).await {
                    state.set(State::Refused(why));
                    return;
                }
                state.set(State::Sending(0));
                let progress = {
                    let state = state.clone();
                    Rc::new(move |share: f64| state.set(State::Sending((share * 100.0).round() as u32)))
                };
                match api::upload(&file, &key, progress).await {
                    Ok(attachment) => {
                        state.set(State::Idle);
                        onchange.emit(Entry::File {
                            id: attachment.id,
                            name: file.name(),
                            size: attachment.size,
                        });
                    }
                    Err(Failure::Invalid(errors)) => {
                        let why = match errors.first() {
                            Some(e) => Notice::Message(e.code.message_id()),
                            None => Notice::message("apply-upload-wrong-type"),
                        };
                        state.set(State::Refused(why))
                    }
                    Err(failure) => state.set(State::Failed { failure, file, key }),
                }
            });
        })
    };
    let onchange = {
        let (send, state) = (send.clone(), state.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file chosen again must fire `change` again.
            input.set_value("");
            match api::new_idempotency_key() {
                Ok(key) => send(file, key),
                Err(failure) => state.set(State::Refused(Notice::Failure(failure))),
            }
        })
    };
    let retry = {
        let (send, state) = (send.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            if let State::Failed { file, key, .. } = &*state {
                send(file.clone(), key.clone());
            }
        })
    };
    let remove = {
        let (onchange, state) = (props.onchange.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            state.set(State::Idle);
            onchange.emit(Entry::Text { value: String::new() });
        })
    };

    let message = match (&*state, &props.problem) {
        (State::Refused(notice), _) => Some(notice.say(&msgs)),
        (State::Failed { failure, .. }, _) => Some(failure.message(&msgs)),
        (_, Some(m)) => Some(m.clone()),
        _ => None,
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let describedby = match &message {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let uploaded = match &props.entry {
        Some(Entry::File { name, size, .. }) => Some((name.clone(), *size)),
        _ => None,
    };
    html! {
        <div class={classes!("qp-field", "qp-upload", message.is_some().then_some("qp-field--error"))}>
            <label class="qp-label" for={input_id.clone()}>{ props.label.clone() }</label>
            <p id={hint_id} class="qp-hint">{ props.hint.clone() }{ " " }{ msgs.text("apply-upload-hint") }</p>
            if let Some(m) = &message {
                <p id={error_id} class="qp-error-message">
                    <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ m.clone() }
                </p>
            }
            if let Some((name, size)) = uploaded {
                <p class="qp-upload__done" role="status">
                    { msgs.format("apply-upload-done", &[("name", Arg::from(name)), ("size", Arg::from(kib(size)))]) }
                </p>
                <button type="button" class="qp-button qp-button--secondary" onclick={remove}>
                    { msgs.text("apply-upload-remove") }
                    <span class="qp-visually-hidden">{ format!(" — {}", props.label) }</span>
                </button>
            } else {
                <input id={input_id} class="qp-upload__input" type="file" accept="application/pdf,image/jpeg,image/png"
                    aria-describedby={describedby} aria-invalid={message.is_some().then_some("true")}
                    disabled={matches!(*state, State::Sending(_))} {onchange} />
            }
            if let State::Sending(percent) = *state {
                // Not a live region: each percent would be read out.
                <p class="qp-upload__progress">
                    <label>
                        { msgs.format("apply-upload-sending", &[("percent", Arg::from(percent.to_string()))]) }
                        <progress max="100" value={percent.to_string()}></progress>
                    </label>
                </p>
            }
            if matches!(*state, State::Failed { .. }) {
                <button type="button" class="qp-button qp-button--secondary" onclick={retry}>{ msgs.text("apply-upload-retry") }</button>
            }
        </div>
    }
}

/// A size in KiB, rounded up, as people read file sizes.
fn kib(bytes: u64) -> String {
    bytes.div_ceil(1024).to_string()
}
