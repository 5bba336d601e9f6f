//! "Check your answers": every answer of the steps that were asked, each
//! with a Change link back to its field (and from there back here), a
//! declaration, and Submit. The submission carries an Idempotency-Key kept
//! in the draft, so a double click, a retry after a timeout or a reload
//! cannot create a second application.

use super::draft::{self, Draft, Entry, Sent};
use super::field::{anchor, Problem};
use super::{answers_of, problem, service_name, visible_steps, Notice};
use crate::api::{self, Failure};
use crate::components::citizenship::label_of;
use crate::components::form::{iso_long_date, summary_link, today};
use crate::components::page_heading::PageHeading;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::api::{Applicant, Application, NewApplication};
use qapi_core::catalog::catalog;
use qapi_core::forms::{
    check_answers, district, fee_due, Answer, Answers, FeeDue, Field, Form, Kind, APPLICANT_PREFIX,
};
use qapi_core::i18n::Messages;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CheckProps {
    pub form: &'static Form,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Checking,
    Sending,
    Failed(Notice),
}

/// An answer as the person reads it.
fn shown(msgs: &Messages, field: &Field, entry: Option<&Entry>, answer: Option<&Answer>) -> String {
    let Some(answer) = answer else {
        return msgs.text("apply-not-given");
    };
    let text = answer.text();
    match field.kind {
        Kind::Date(_) => iso_long_date(msgs, text),
        Kind::Choice(_) => msgs.text(&field.option_message_id(text)),
        Kind::Choices(_) => match answer {
            Answer::Many(keys) => keys
                .iter()
                .map(|k| msgs.text(&field.option_message_id(k)))
                .collect::<Vec<_>>()
                .join(", "),
            Answer::One(_) => String::new(),
        },
        Kind::Country => label_of(msgs, text).unwrap_or_else(|| text.to_owned()),
        Kind::District => district::district(text).map_or_else(|| text.to_owned(), |d| d.name(msgs.lang()).to_owned()),
        Kind::Document(_) => match entry {
            Some(Entry::File { name, .. }) => name.clone(),
            _ => text.to_owned(),
        },
        _ => text.trim().to_owned(),
    }
}

/// The request, from answers that passed the form's rules.
fn request(form: &Form, checked: &Answers) -> NewApplication {
    let get = |id: &str| {
        checked
            .get(&format!("{APPLICANT_PREFIX}{id}"))
            .map(|a| a.text().to_owned())
    };
    let attachments = form
        .steps
        .iter()
        .flat_map(|s| s.fields)
        .filter(|f| matches!(f.kind, Kind::Document(_)))
        .filter_map(|f| checked.get(f.id).map(|a| a.text().to_owned()))
        .collect();
    NewApplication {
        service: form.service.to_owned(),
        applicant: Applicant {
            given_name: get("given_name").unwrap_or_default(),
            family_name: get("family_name").unwrap_or_default(),
            passport_number: get("passport_number").unwrap_or_default(),
            date_of_birth: get("date_of_birth").unwrap_or_default(),
            citizenship: get("citizenship").unwrap_or_default(),
            email: get("email"),
        },
        answers: checked
            .iter()
            .filter(|(id, _)| !id.starts_with(APPLICANT_PREFIX))
            .map(|(id, a)| (id.clone(), a.clone()))
            .collect(),
        attachments,
    }
}

#[component]
pub fn CheckPage(props: &CheckProps) -> Html {
    let msgs = use_i18n();
    let lang = msgs.lang();
    let form = props.form;
    let navigator = use_navigator();
    let draft_state = use_state(|| draft::load(form.service).0);
    let declared = use_state(|| false);
    let declaration_error = use_state(|| false);
    let phase = use_state(|| Phase::Checking);
    // Set at once on the first click, before any re-render could show it.
    let in_flight = use_mut_ref(|| false);
    let draft: &Draft = &draft_state;

    let (answers, read) = answers_of(&draft.entries, &msgs);
    let steps = visible_steps(form, &answers);
    // Whatever is still missing or wrong (a step skipped by a deep link).
    let missing: Vec<(&'static str, &'static Field, String)> = steps
        .iter()
        .flat_map(|s| s.fields.iter().filter(|f| f.shows(&answers)).map(move |f| (s.id, f)))
        .filter_map(|(step, f)| Some((step, f, problem(f, &answers, &read, &msgs)?.message)))
        .collect();

    // A Change link: to the field's step, which then comes back here.
    let change = {
        let (navigator, draft_state) = (navigator.clone(), draft_state.clone());
        move |step: &'static str, focus: String| {
            let (navigator, draft_state) = (navigator.clone(), draft_state.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                let mut next = (*draft_state).clone();
                next.changing = true;
                draft::save(&next);
                if let Some(nav) = &navigator {
                    let route = Route::ApplyStep {
                        lang,
                        id: form.service.to_owned(),
                        step: step.to_owned(),
                    };
                    dom::focus_on_arrival(focus.to_owned());
                    nav.push(&route);
                }
            })
        }
    };
    let href = |step: &str, focus: &str| {
        format!(
            "{}#{focus}",
            Route::ApplyStep {
                lang,
                id: form.service.to_owned(),
                step: step.to_owned()
            }
            .to_path()
        )
    };

    let on_declare = {
        let (declared, declaration_error) = (declared.clone(), declaration_error.clone());
        Callback::from(move |_: Event| {
            declared.set(!*declared);
            declaration_error.set(false);
        })
    };

    let on_submit = {
        let (draft_state, phase, declared, declaration_error, msgs, navigator, in_flight) = (
            draft_state.clone(),
            phase.clone(),
            declared.clone(),
            declaration_error.clone(),
            msgs.clone(),
            navigator.clone(),
            in_flight.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A second click while the first is on its way does nothing.
            if *in_flight.borrow() {
                return;
            }
            if !*declared {
                declaration_error.set(true);
                dom::focus_soon("#qp-error-summary");
                return;
            }
            let mut next = draft::load(form.service).0;
            let (answers, _) = answers_of(&next.entries, &msgs);
            let visible: Answers = answers
                .iter()
                .filter(|(id, _)| form.field(id).is_some_and(|f| f.shows(&answers)))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let Ok(checked) = check_answers(form, &visible, today()) else {
                dom::focus_soon("#qp-error-summary");
                return;
            };
            let key = match next.key.clone().map_or_else(api::new_idempotency_key, Ok) {
                Ok(key) => key,
                Err(failure) => {
                    phase.set(Phase::Failed(Notice::Failure(failure)));
                    return;
                }
            };
            next.key = Some(key.clone());
            draft::save(&next);
            draft_state.set(next.clone());
            *in_flight.borrow_mut() = true;
            phase.set(Phase::Sending);
            // The confirmation's QR code, fetched while the application travels.
            wasm_bindgen_futures::spawn_local(crate::components::qr_code::preload());
            let fee = catalog()
                .service(form.service)
                .map_or(FeeDue::ConfirmedLater, |s| fee_due(form, &s.fees, &visible));
            let body = request(form, &checked);
            let (draft_state, phase, navigator, in_flight) =
                (draft_state.clone(), phase.clone(), navigator.clone(), in_flight.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::post::<_, Application>("/applications", &body, Some(&key), false).await;
                *in_flight.borrow_mut() = false;
                match result {
                    Ok(application) => {
                        crate::widget::tell(
                            "qapi:submitted",
                            &[("service", form.service), ("reference", application.reference.as_str())],
                        );
                        draft::sent(form.service, &Sent { application, fee });
                        // Back from the confirmation must not return to a form now empty.
                        if let Some(nav) = &navigator {
                            nav.replace(&Route::ApplySent {
                                lang,
                                id: form.service.to_owned(),
                            });
                        }
                    }
                    // Shown on their fields, in the page's language: to the first.
                    Err(Failure::Invalid(errors)) => {
                        // `answers.stay.until` is the answer to the field `stay.until`;
                        // `attachments[i]` an upload the backend no longer has (it
                        // forgets unsent ones after a day): its document field, whose
                        // file must be chosen again.
                        let errors: Vec<_> = errors
                            .into_iter()
                            .map(|mut e| {
                                if let Some(id) = e.field.strip_prefix("answers.") {
                                    e.field = id.to_owned();
                                } else if let Some(field) = document_of(form, &body, &e.field) {
                                    next.entries.remove(field);
                                    e.field = field.to_owned();
                                }
                                e
                            })
                            .collect();
                        let first = steps_with(form, &errors);
                        next.refused = errors;
                        draft::save(&next);
                        draft_state.set(next);
                        match (first, &navigator) {
                            (Some(step), Some(nav)) => nav.push(&Route::ApplyStep {
                                lang,
                                id: form.service.to_owned(),
                                step: step.to_owned(),
                            }),
                            _ => phase.set(Phase::Failed(Notice::message("api-invalid"))),
                        }
                    }
                    // The key went with other answers (sent before a timeout, then
                    // changed): it may already be an application, so say so, and
                    // a new key lets the person send these answers if it is not.
                    Err(Failure::Conflict) => {
                        next.key = None;
                        draft::save(&next);
                        draft_state.set(next);
                        phase.set(Phase::Failed(Notice::message("apply-conflict")));
                        dom::focus_soon("#qp-apply-failure");
                    }
                    Err(failure) => {
                        phase.set(Phase::Failed(Notice::Failure(failure)));
                        dom::focus_soon("#qp-apply-failure");
                    }
                }
            });
        })
    };

    let mut summary: Vec<Html> = missing
        .iter()
        .map(|(step, f, message)| {
            let focus = anchor(f, &Problem { message: String::new(), parts: vec![] });
            html! { <li><a href={href(step, &focus)} onclick={change(step, focus.clone())}>{ message.clone() }</a></li> }
        })
        .collect();
    if *declaration_error {
        summary.push(summary_link(
            "qp-apply-declaration".into(),
            msgs.text("apply-declaration-required"),
        ));
    }
    let sections =
        steps.iter().map(|step| {
            let rows = step.fields.iter().filter(|f| f.shows(&answers)).map(|f| {
            let label = msgs.text(&f.message_id());
            let value = shown(&msgs, f, draft.entries.get(f.id), answers.get(f.id));
            let focus = anchor(f, &Problem { message: String::new(), parts: vec![] });
            html! {
                <div class="qp-summary__row">
                    <dt class="qp-summary__key">{ label.clone() }</dt>
                    <dd class="qp-summary__value">{ value }</dd>
                    <dd class="qp-summary__actions">
                        <a href={href(step.id, &focus)} onclick={change(step.id, focus.clone())}>
                            { msgs.text("apply-change") }<span class="qp-visually-hidden">{ format!(" {label}") }</span>
                        </a>
                    </dd>
                </div>
            }
        });
            html! {
                <>
                    <h2 class="qp-summary__heading">{ msgs.text(&step.message_id()) }</h2>
                    <dl class="qp-summary">{ for rows }</dl>
                </>
            }
        });
    let has_errors = !summary.is_empty();
    let sending = *phase == Phase::Sending;

    html! {
        <div class="qp-apply">
            <p class="qp-back"><Link<Route> to={Route::Service { lang, id: form.service.to_owned() }}>{ msgs.text("apply-back") }</Link<Route>></p>
            if has_errors {
                <div id="qp-error-summary" class="qp-error-summary" tabindex="-1" aria-labelledby="qp-error-summary-title">
                    <h2 id="qp-error-summary-title" class="qp-error-summary__title">{ msgs.text("error-summary-title") }</h2>
                    <ul class="qp-error-summary__list">{ for summary }</ul>
                </div>
            }
            <p class="qp-caption">{ service_name(&msgs, form) }</p>
            <PageHeading text={msgs.text("apply-check-title")} error={has_errors} />
            { for sections }
            <h2>{ msgs.text("apply-declaration-heading") }</h2>
            <form novalidate=true onsubmit={on_submit}>
                <div class={classes!("qp-field", declaration_error.then_some("qp-field--error"))}>
                    if *declaration_error {
                        <p id="qp-apply-declaration-error" class="qp-error-message">
                            <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ msgs.text("apply-declaration-required") }
                        </p>
                    }
                    <label class="qp-choice qp-apply__declaration">
                        <input id="qp-apply-declaration" type="checkbox" checked={*declared}
                            onchange={on_declare} aria-describedby={declaration_error.then_some("qp-apply-declaration-error")} />
                        <span>{ msgs.text("apply-declaration") }</span>
                    </label>
                </div>
                if let Phase::Failed(m) = &*phase {
                    <div id="qp-apply-failure" class="qp-notice qp-notice--error" role="alert" tabindex="-1"><p>{ m.say(&msgs) }</p></div>
                }
                <div class="qp-button-group">
                    <button type="submit" class="qp-button" aria-disabled={sending.then_some("true")}>
                        if sending { { msgs.text("apply-sending") } } else { { msgs.text("apply-submit") } }
                    </button>
                </div>
                if sending {
                    <p class="qp-visually-hidden" role="status">{ msgs.text("apply-sending") }</p>
                }
            </form>
        </div>
    }
}

/// The document field whose upload is `attachments[i]` of the request.
fn document_of(form: &Form, body: &NewApplication, path: &str) -> Option<&'static str> {
    let i: usize = path.strip_prefix("attachments[")?.strip_suffix(']')?.parse().ok()?;
    let id = body.attachments.get(i)?;
    form.steps
        .iter()
        .flat_map(|s| s.fields)
        .find(|f| matches!(f.kind, Kind::Document(_)) && body.answers.get(f.id).is_some_and(|a| a.text() == id))
        .map(|f| f.id)
}

/// The first step holding a field the backend refused.
fn steps_with(form: &Form, errors: &[qapi_core::validate::FieldError]) -> Option<&'static str> {
    form.steps
        .iter()
        .find(|s| s.fields.iter().any(|f| errors.iter().any(|e| e.field == f.id)))
        .map(|s| s.id)
}
