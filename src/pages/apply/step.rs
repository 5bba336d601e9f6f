//! A question page: the step's fields, checked on Continue (and a field
//! again as it changes once it has shown an error), with the GOV.UK error
//! summary, then on to the next step that asks something, or back to
//! "Check your answers" when the person came from there.

use super::draft::{self, Draft, Entry, Found};
use super::field::{anchor, Problem, Problems, Question};
use super::{answers_of, later, later_now, message, service_name, visible_steps};
use crate::components::form::error_summary;
use crate::components::page_heading::PageHeading;
use crate::dom;
use crate::i18n::use_i18n;
use crate::route::Route;
use qapi_core::forms::Form;
use qapi_core::i18n::{count, Arg};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub form: &'static Form,
    pub step: &'static str,
}

#[component]
pub fn StepPage(props: &StepProps) -> Html {
    let msgs = use_i18n();
    let kiosk = crate::kiosk::use_kiosk();
    let lang = msgs.lang();
    let form = props.form;
    let navigator = use_navigator();
    let loaded = use_state(|| draft::load(form.service));
    let problems = use_state(Problems::new);
    // Whether the fields' rules could not be fetched on Continue.
    let unavailable = use_state(|| false);
    let form_ref = use_node_ref();
    let waiting = Waiting {
        pressed_on: use_mut_ref(|| None),
        checking: use_state(|| false),
        unavailable: unavailable.clone(),
        shown_step: use_mut_ref(|| props.step),
        form: form_ref.clone(),
    };
    *waiting.shown_step.borrow_mut() = props.step;
    let (ref draft, found) = *loaded;
    let step = form.step(props.step).map(|(_, s)| s);

    // A new step starts without the last one's errors, but with the
    // backend's refusals of its fields. (The layout focuses the field a
    // Change link's fragment names.)
    {
        let (problems, loaded, msgs, unavailable) =
            (problems.clone(), loaded.clone(), msgs.clone(), unavailable.clone());
        use_effect_with(props.step, move |_| {
            unavailable.set(false);
            let fields = step.map_or(&[][..], |s| s.fields);
            let refused = loaded
                .0
                .refused
                .iter()
                .filter(|e| fields.iter().any(|f| f.id == e.field))
                .map(|e| {
                    let p = Problem {
                        message: message(&msgs, e),
                        parts: vec![],
                    };
                    (e.field.clone(), p)
                });
            problems.set(refused.collect());
        });
    }

    // After a language switch, the errors shown are said in the new
    // language: the backend's refusals as they are, the others by the rules
    // (which found them, so they are here).
    {
        let (problems, msgs) = (problems.clone(), msgs.clone());
        use_effect_with(msgs.lang(), move |_| {
            if problems.is_empty() {
                return;
            }
            let rules = later_now().map(|later| later.problem);
            let now = draft::load(form.service).0;
            let (answers, read) = answers_of(&now.entries, &msgs);
            let again = problems.keys().filter_map(|id| {
                let refused = now.refused.iter().find(|e| &e.field == id);
                let p = match refused {
                    Some(e) => Some(Problem {
                        message: message(&msgs, e),
                        parts: vec![],
                    }),
                    None => rules?(form.field(id)?, &answers, &read, &msgs),
                };
                Some((id.clone(), p?))
            });
            problems.set(again.collect());
        });
    }

    let Some(step) = step else {
        return Html::default();
    };
    let (answers, _) = answers_of(&draft.entries, &msgs);
    let steps = visible_steps(form, &answers);
    let position = steps.iter().position(|s| s.id == step.id);
    let shown_fields: Vec<_> = step.fields.iter().filter(|f| f.shows(&answers)).collect();

    let on_change = {
        let (loaded, problems, msgs) = (loaded.clone(), problems.clone(), msgs.clone());
        Callback::from(move |(id, entry): (&'static str, Entry)| {
            // The draft as it is now: an upload may end after other changes.
            let mut next: Draft = draft::load(form.service).0;
            next.entries.insert(id.to_owned(), entry);
            next.refused.retain(|e| e.field != id);
            draft::save(&next);
            // Once a field has shown an error, it is checked again as it
            // changes (a refusal of the backend, shown before the rules are
            // here, is taken back).
            if problems.contains_key(id) {
                let mut shown = (*problems).clone();
                let (answers, read) = answers_of(&next.entries, &msgs);
                let rules = later_now().map(|later| later.problem);
                match rules.and_then(|problem| problem(form.field(id)?, &answers, &read, &msgs)) {
                    Some(p) => shown.insert(id.to_owned(), p),
                    None => shown.remove(id),
                };
                problems.set(shown);
            }
            loaded.set((next, found));
        })
    };

    let on_submit = {
        let (loaded, problems, msgs, navigator) = (loaded.clone(), problems.clone(), msgs.clone(), navigator.clone());
        let (unavailable, waiting) = (unavailable.clone(), waiting.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(later) = later_now() else {
                waiting.start(step.id);
                return;
            };
            unavailable.set(false);
            let mut next = draft::load(form.service).0;
            let (answers, read) = answers_of(&next.entries, &msgs);
            let found: Problems = step
                .fields
                .iter()
                .filter(|f| f.shows(&answers))
                .filter_map(|f| Some((f.id.to_owned(), (later.problem)(f, &answers, &read, &msgs)?)))
                .collect();
            if !found.is_empty() {
                problems.set(found);
                dom::focus_soon("#qp-error-summary");
                return;
            }
            problems.set(Problems::new());
            let steps = visible_steps(form, &answers);
            let after = steps.iter().skip_while(|s| s.id != step.id).nth(1).map(|s| s.id);
            let route = match after {
                Some(next_step) if !next.changing => Route::ApplyStep {
                    lang,
                    id: form.service.to_owned(),
                    step: next_step.to_owned(),
                },
                _ => Route::ApplyCheck {
                    lang,
                    id: form.service.to_owned(),
                },
            };
            next.changing = false;
            draft::save(&next);
            let found = loaded.1;
            loaded.set((next, found));
            if let Some(nav) = &navigator {
                nav.push(&route);
            }
        })
    };

    let on_forget = {
        let (loaded, problems) = (loaded.clone(), problems.clone());
        Callback::from(move |_: MouseEvent| {
            draft::forget(form.service);
            problems.set(Problems::new());
            loaded.set(draft::load(form.service));
        })
    };

    let summary: Vec<(String, String)> = shown_fields
        .iter()
        .filter_map(|f| problems.get(f.id).map(|p| (anchor(f, p), p.message.clone())))
        .collect();
    let has_errors = !summary.is_empty();
    let back = match position.and_then(|i| i.checked_sub(1)).and_then(|i| steps.get(i)) {
        _ if draft.changing => Route::ApplyCheck {
            lang,
            id: form.service.to_owned(),
        },
        Some(prev) => Route::ApplyStep {
            lang,
            id: form.service.to_owned(),
            step: prev.id.to_owned(),
        },
        None => Route::Service {
            lang,
            id: form.service.to_owned(),
        },
    };
    let progress = position.map(|i| {
        msgs.format(
            "apply-step-of",
            &[
                ("step", Arg::from((i + 1).to_string())),
                ("steps", Arg::from(steps.len().to_string())),
            ],
        )
    });
    let first = position == Some(0);
    let questions = shown_fields.iter().map(|f| {
        html! {
            <Question field={*f} own={form.asks_own(f, &answers)} entry={draft.entries.get(f.id).cloned()}
                problem={problems.get(f.id).cloned()} onchange={on_change.clone()} />
        }
    });

    html! {
        <div class="qp-apply">
            <p class="qp-back"><Link<Route> to={back}>{ msgs.text("apply-back") }</Link<Route>></p>
            { error_summary(&msgs, summary) }
            <p class="qp-caption">
                { service_name(&msgs, form) }
                if let Some(p) = progress { <span class="qp-caption__step">{ p }</span> }
            </p>
            <PageHeading text={msgs.text(&step.message_id())} error={has_errors || *unavailable} />
            if first && found == Found::Restored {
                <div class="qp-notice" role="status">
                    <p>{ msgs.text("apply-draft-restored") }</p>
                    <button type="button" class="qp-button qp-button--secondary" onclick={on_forget.clone()}>{ msgs.text("apply-draft-forget") }</button>
                </div>
            }
            if first && found == Found::Discarded {
                <p class="qp-notice qp-notice--error" role="status">{ msgs.text("apply-draft-discarded") }</p>
            }
            if first && found == Found::Expired {
                <p class="qp-notice" role="status">{ msgs.format("apply-draft-expired", &[("days", count(draft::KEEP_DAYS.into()))]) }</p>
            }
            if first && found != Found::Restored {
                if kiosk {
                    <p class="qp-hint">{ msgs.text("apply-draft-kiosk") }</p>
                } else {
                    <p class="qp-hint">{ msgs.text("apply-draft-kept") }</p>
                }
            }
            if *unavailable {
                <div id="qp-step-failure" class="qp-notice qp-notice--error" role="alert" tabindex="-1"><p>{ msgs.text("apply-rules-unavailable") }</p></div>
            }
            <form novalidate=true onsubmit={on_submit} ref={form_ref}>
                { for questions }
                <div class="qp-button-group">
                    <button type="submit" class="qp-button" aria-disabled={waiting.checking.then_some("true")}>{ msgs.text("apply-continue") }</button>
                </div>
                { crate::lazy::loading_note(&msgs, *waiting.checking) }
            </form>
        </div>
    }
}

/// Continue pressed before the fields' rules are here (a slow connection):
/// they are fetched, and the form is sent again once they are, on the
/// page's latest state, if the person is still on the step they pressed it on.
#[derive(Clone)]
struct Waiting {
    /// The step Continue was pressed on; a second press waits with the first.
    pressed_on: std::rc::Rc<std::cell::RefCell<Option<&'static str>>>,
    /// Shown as busy meanwhile.
    checking: UseStateHandle<bool>,
    unavailable: UseStateHandle<bool>,
    /// The step shown now.
    shown_step: std::rc::Rc<std::cell::RefCell<&'static str>>,
    form: NodeRef,
}

impl Waiting {
    fn start(&self, step: &'static str) {
        if self.pressed_on.replace(Some(step)).is_some() {
            return;
        }
        self.checking.set(true);
        let waiting = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = later().await;
            let pressed_on = waiting.pressed_on.take();
            waiting.checking.set(false);
            let form = waiting
                .form
                .cast::<web_sys::HtmlFormElement>()
                .filter(|f| f.is_connected());
            let (Some(form), true) = (form, pressed_on == Some(*waiting.shown_step.borrow())) else {
                return; // The person moved on.
            };
            match fetched {
                Ok(_) => {
                    let _ = form.request_submit();
                }
                Err(_) => {
                    waiting.unavailable.set(true);
                    dom::focus_soon("#qp-step-failure");
                }
            }
        });
    }
}
