//! A lookup's start page: the four lookups (track applications, registration
//! status, travel ban, fee payments) ask the same three questions from the
//! person's passport and show the answer plainly. Loaded lazily.
//!
//! Privacy: what is typed and answered lives only in this component's state.
//! It travels only in a `POST` body, is never stored in the browser, in the
//! URL or in history state, and is forgotten when the person presses "Clear"
//! or leaves the page (the component is dropped).

mod answer;
pub use answer::preload as preload_answer;

use crate::api::{self, Failure};
use crate::components::citizenship::{resolve, Citizenship, CitizenshipPicker};
use crate::components::date_input::DateInput;
use crate::components::form::{error_summary, today};
use crate::components::page_heading::PageHeading;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use answer::Answer;
use qapi_core::api::*;
use qapi_core::date_entry::{DateParts, EntryError, Part};
use qapi_core::i18n::Messages;
use qapi_core::validate;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LookupProps {
    /// The catalog id of a lookup service.
    pub service: AttrValue,
}

// Every lookup shows the same sections.
crate::lazy_feature!(
    lookup_chunk,
    load,
    preload,
    LookupProps,
    LookupPage,
    sections = qapi_core::start_page::StartPage::Lookup(Lookup::TravelBan).sections()
);

#[derive(Clone, PartialEq)]
enum Phase {
    Asking,
    Sending,
    Failed(Failure),
    Answered(Answered),
}

/// An answer and the view that shows it, both from the answer's chunk.
#[derive(Clone)]
struct Answered {
    answer: Rc<Answer>,
    view: answer::View,
}

/// The same answer: it is never changed, only replaced.
impl PartialEq for Answered {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.answer, &other.answer)
    }
}

#[derive(Clone, Default, PartialEq)]
struct Inputs {
    passport: String,
    birth: DateParts,
    citizenship: Citizenship,
}

/// One problem to show: the input it belongs to (the summary links there),
/// its message, and for the date, the boxes to mark.
#[derive(Clone, PartialEq)]
struct Problem {
    field: Field,
    message: String,
    parts: Vec<Part>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Passport,
    Birth,
    Citizenship,
}

const PASSPORT_ID: &str = "qp-lookup-passport";
const BIRTH_ID: &str = "qp-lookup-birth";
const CITIZENSHIP_ID: &str = "qp-lookup-citizenship";

impl Field {
    /// The element the error summary's link focuses.
    fn anchor(self, parts: &[Part]) -> String {
        match self {
            Field::Passport => PASSPORT_ID.to_owned(),
            Field::Citizenship => CITIZENSHIP_ID.to_owned(),
            Field::Birth => {
                let part = match parts.first() {
                    Some(Part::Month) => "month",
                    Some(Part::Year) => "year",
                    _ => "day",
                };
                format!("{BIRTH_ID}-{part}")
            }
        }
    }

    fn of_api(field: &str) -> Option<Field> {
        match field {
            "passport_number" => Some(Field::Passport),
            "date_of_birth" => Some(Field::Birth),
            "citizenship" => Some(Field::Citizenship),
            _ => None,
        }
    }
}

/// The query, or every problem with the inputs at once (the core's rules,
/// as the backend applies them).
fn check(inputs: &Inputs, msgs: &Messages) -> Result<PersonQuery, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |field, message: String, parts| problems.push(Problem { field, message, parts });
    match validate::passport_number(&inputs.passport) {
        Err(validate::Code::Required) => problem(Field::Passport, msgs.text("person-passport-required"), vec![]),
        Err(code) => problem(Field::Passport, msgs.text(&code.message_id()), vec![]),
        Ok(_) => {}
    }
    let birth = match inputs.birth.date() {
        Err(EntryError::Empty) => {
            problem(
                Field::Birth,
                msgs.text("person-birth-required"),
                EntryError::Empty.parts(),
            );
            String::new()
        }
        Err(e) => {
            problem(Field::Birth, msgs.text(e.message_id()), e.parts());
            String::new()
        }
        Ok(date) => {
            let iso = date.to_string();
            if let Err(code) = validate::date_of_birth(&iso, today()) {
                problem(
                    Field::Birth,
                    msgs.text(&code.message_id()),
                    vec![Part::Day, Part::Month, Part::Year],
                );
            }
            iso
        }
    };
    // A name typed in full counts as chosen, even if the list was not used.
    let typed = || resolve(msgs, &inputs.citizenship.text);
    let citizenship = match inputs.citizenship.code.clone().or_else(typed) {
        Some(code) => code,
        None if inputs.citizenship.text.trim().is_empty() => {
            problem(Field::Citizenship, msgs.text("person-citizenship-required"), vec![]);
            String::new()
        }
        None => {
            problem(Field::Citizenship, msgs.text("error-citizenship-unknown"), vec![]);
            String::new()
        }
    };
    if problems.is_empty() {
        Ok(PersonQuery {
            passport_number: inputs.passport.clone(),
            date_of_birth: birth,
            citizenship,
        })
    } else {
        Err(problems)
    }
}

/// Asks the service; its answer is read and shown by the answer's chunk
/// (already fetched when the page showed, unless that failed).
async fn ask(lookup: Lookup, query: &PersonQuery) -> Result<Answered, Failure> {
    // First: a lookup the page could not show must not count against the
    // person's lookups, nor be asked at all.
    let chunk = answer::load().await.map_err(|_| Failure::no_answer())?;
    let text = api::post_for_text(lookup.path(), query, None, true).await?;
    let answer = (chunk.read)(lookup, &text).ok_or(Failure::Unexpected)?;
    Ok(Answered {
        answer: Rc::new(answer),
        view: chunk.view,
    })
}

#[component]
pub fn LookupPage(props: &LookupProps) -> Html {
    let msgs = use_i18n();
    let inputs = use_state(Inputs::default);
    let problems = use_state(Vec::<Problem>::new);
    let phase = use_state(|| Phase::Asking);
    use_effect_with((), |_| wasm_bindgen_futures::spawn_local(answer::preload()));
    let Some(lookup) = Lookup::for_service(&props.service) else {
        return html! {};
    };
    let service_id = format!("svc-{}", props.service);

    let on_passport = {
        let inputs = inputs.clone();
        Callback::from(move |e: InputEvent| {
            let passport = e.target_unchecked_into::<HtmlInputElement>().value();
            inputs.set(Inputs {
                passport,
                ..(*inputs).clone()
            });
        })
    };
    let on_birth = {
        let inputs = inputs.clone();
        Callback::from(move |birth: DateParts| {
            inputs.set(Inputs {
                birth,
                ..(*inputs).clone()
            })
        })
    };
    let on_citizenship = {
        let inputs = inputs.clone();
        Callback::from(move |citizenship: Citizenship| {
            inputs.set(Inputs {
                citizenship,
                ..(*inputs).clone()
            })
        })
    };
    let on_submit = {
        let (inputs, problems, phase, msgs) = (inputs.clone(), problems.clone(), phase.clone(), msgs.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *phase == Phase::Sending {
                return;
            }
            let query = match check(&inputs, &msgs) {
                Ok(q) => q,
                Err(found) => {
                    problems.set(found);
                    dom::focus_soon("#qp-error-summary");
                    return;
                }
            };
            problems.set(Vec::new());
            phase.set(Phase::Sending);
            let (problems, phase, msgs) = (problems.clone(), phase.clone(), msgs.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ask(lookup, &query).await {
                    Ok(answered) => {
                        phase.set(Phase::Answered(answered));
                        dom::focus_soon("#qp-lookup-answer");
                    }
                    // The backend refused a field the browser let through.
                    Err(Failure::Invalid(errors)) => {
                        let found = errors
                            .iter()
                            .filter_map(|e| {
                                Some(Problem {
                                    field: Field::of_api(&e.field)?,
                                    message: msgs.text(&e.code.message_id()),
                                    parts: vec![Part::Day, Part::Month, Part::Year],
                                })
                            })
                            .collect::<Vec<_>>();
                        if found.is_empty() {
                            phase.set(Phase::Failed(Failure::Invalid(errors)));
                            dom::focus_soon("#qp-lookup-failure");
                        } else {
                            phase.set(Phase::Asking);
                            problems.set(found);
                            dom::focus_soon("#qp-error-summary");
                        }
                    }
                    Err(failure) => {
                        phase.set(Phase::Failed(failure));
                        dom::focus_soon("#qp-lookup-failure");
                    }
                }
            });
        })
    };
    // Forgets everything typed and answered.
    let on_clear = {
        let (inputs, problems, phase) = (inputs.clone(), problems.clone(), phase.clone());
        Callback::from(move |_: MouseEvent| {
            inputs.set(Inputs::default());
            problems.set(Vec::new());
            phase.set(Phase::Asking);
            dom::focus_soon("#qp-lookup-passport");
        })
    };

    let error_for = |field: Field| problems.iter().find(|p| p.field == field);
    let passport_error = error_for(Field::Passport).map(|p| p.message.clone());
    let birth_error = error_for(Field::Birth).map(|p| (p.message.clone(), p.parts.clone()));
    let citizenship_error = error_for(Field::Citizenship).map(|p| p.message.clone());
    let summary = error_summary(
        &msgs,
        problems
            .iter()
            .map(|p| (p.field.anchor(&p.parts), p.message.clone()))
            .collect(),
    );
    let sending = *phase == Phase::Sending;
    let passport_describedby = if passport_error.is_some() {
        "qp-person-passport-hint qp-lookup-passport-error"
    } else {
        "qp-person-passport-hint"
    };

    html! {
        <article class="qp-lookup">
            <p><Link<Route> to={Route::Service { lang: msgs.lang(), id: props.service.to_string() }}>
                { msgs.text("form-back") }
            </Link<Route>></p>
            <PageHeading text={msgs.text(&service_id)} error={!problems.is_empty()} />
            <p class="qp-lead">{ msgs.text("lookup-intro") }</p>
            <p>{ msgs.text("lookup-privacy") }</p>
            { summary }
            <form class="qp-lookup__form" novalidate=true onsubmit={on_submit}>
                <div class={classes!("qp-field", passport_error.is_some().then_some("qp-field--error"))}>
                    <label class="qp-label" for={PASSPORT_ID}>{ msgs.text("person-passport-label") }</label>
                    <p id="qp-person-passport-hint" class="qp-hint">{ msgs.text("person-passport-hint") }</p>
                    if let Some(message) = passport_error.clone() {
                        <p id="qp-lookup-passport-error" class="qp-error-message">
                            <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message }
                        </p>
                    }
                    <input id={PASSPORT_ID} class={classes!("qp-input", "qp-input--20ch", passport_error.is_some().then_some("qp-input--error"))}
                        type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                        value={inputs.passport.clone()} oninput={on_passport}
                        aria-describedby={passport_describedby} aria-invalid={passport_error.is_some().then_some("true")} />
                </div>
                <DateInput id={BIRTH_ID} legend={msgs.text("person-birth-legend")} hint={msgs.text("person-birth-hint")}
                    value={inputs.birth.clone()} onchange={on_birth} error={birth_error} birthday=true />
                <CitizenshipPicker id={CITIZENSHIP_ID} label={msgs.text("person-citizenship-label")}
                    hint={msgs.text("person-citizenship-hint")} value={inputs.citizenship.clone()}
                    onchange={on_citizenship} error={citizenship_error} />
                <div class="qp-button-group">
                    <button type="submit" class="qp-button" aria-disabled={sending.then_some("true")}>
                        { if sending { msgs.text("lookup-sending") } else { msgs.text("lookup-submit") } }
                    </button>
                    <button type="button" class="qp-button qp-button--secondary" onclick={on_clear}>
                        { msgs.text("lookup-clear") }
                    </button>
                </div>
            </form>
            { outcome(&msgs, &phase) }
        </article>
    }
}

fn outcome(msgs: &Rc<Messages>, phase: &Phase) -> Html {
    match phase {
        Phase::Asking | Phase::Sending => Html::default(),
        Phase::Failed(failure) => html! {
            <div id="qp-lookup-failure" class="qp-notice qp-notice--error" tabindex="-1" role="alert">
                <p>{ failure.message(msgs) }</p>
            </div>
        },
        Phase::Answered(answered) => html! {
            <section class="qp-answer" aria-labelledby="qp-lookup-answer">
                { (answered.view)(msgs, &answered.answer) }
                <p class="qp-answer__forget">{ msgs.text("lookup-forget") }</p>
            </section>
        },
    }
}
