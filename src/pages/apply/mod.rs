//! The application forms: one engine renders any service's form from its
//! definition in `qapi_core::forms`. Question pages (`step`) of a few
//! fields each, "Check your answers" (`check`), and the confirmation
//! (`sent`). Loaded lazily, with the `Apply` messages.
//!
//! Every page reads and writes the service's draft (`draft`), so moving
//! between pages, reloading or switching language keeps what was entered.
//! No personal data is put in a URL or in history state.

mod check;
mod draft;
mod field;
mod sent;
mod step;
mod upload;

use crate::components::citizenship::resolve;
use crate::components::form::{long_date, today};
use crate::lazy::{lazy, Feature, View as LazyView};
use check::CheckProps;
use draft::Entry;
use field::{Problem, Problems};
use qapi_core::date_entry::{EntryError, Part};
use qapi_core::forms::{check_field, Answer, Answers, Field, Form, Kind};
use qapi_core::i18n::{Arg, Messages};
use qapi_core::validate::FieldError;
use sent::SentProps;
use upload::UploadProps;
use yew::prelude::*;

/// Which page of the form.
#[derive(Clone, PartialEq, Debug)]
pub enum View {
    /// The first question: `/services/{id}/start`.
    Start,
    /// `/services/{id}/apply/{step}`.
    Step(AttrValue),
    /// `/services/{id}/check`.
    Check,
    /// `/services/{id}/sent`.
    Sent,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ApplyProps {
    /// The catalog id of an application service.
    pub service: AttrValue,
    pub view: View,
}

crate::lazy_feature!(
    apply_chunk,
    load,
    preload,
    ApplyProps,
    ApplyPage,
    sections = qapi_core::start_page::StartPage::Application.sections()
);

/// The pages after the questions (a document's upload, "Check your
/// answers", the confirmation) and the fields' rules: one chunk, fetched
/// while the first questions are answered, so a connection lost half-way
/// does not stop the person at the documents step. The first question
/// shows without the rules; Continue waits for them (`later_now`).
#[derive(Clone, Copy)]
pub struct LaterPages {
    upload: LazyView<UploadProps>,
    check: LazyView<CheckProps>,
    sent: LazyView<SentProps>,
    problem: Checker,
}

/// Finds the problem with one field (`problem`).
type Checker = fn(&Field, &Answers, &Problems, &Messages) -> Option<Problem>;

crate::lazy_feature!(
    @value later_chunk,
    later_pages,
    preload_later_pages,
    LaterPages,
    LaterPages {
        upload: |p| html! { <upload::Upload ..p.clone() /> },
        check: |p| html! { <check::CheckPage ..p.clone() /> },
        sent: |p| html! { <sent::SentPage ..p.clone() /> },
        problem,
    }
);

thread_local! {
    static LATER: std::cell::Cell<Option<LaterPages>> = const { std::cell::Cell::new(None) };
}

/// The later pages' chunk, if it is here: what needs it then runs at once,
/// with no task that could outlive its page.
fn later_now() -> Option<LaterPages> {
    LATER.get()
}

/// Fetches the later pages' chunk (at once when it is here).
async fn later() -> Result<LaterPages, crate::lazy::LoadFailed> {
    if let Some(later) = later_now() {
        return Ok(later);
    }
    let later = later_pages().await?;
    LATER.set(Some(later));
    Ok(later)
}

crate::lazy_view!(load_upload, later_pages, UploadProps, upload);
crate::lazy_view!(load_check, later_pages, CheckProps, check);
crate::lazy_view!(load_sent, later_pages, SentProps, sent);

#[component]
pub fn ApplyPage(props: &ApplyProps) -> Html {
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(async {
            // Retried by Continue and by the next change if it fails.
            let _ = later().await;
        })
    });
    let Some(form) = qapi_core::forms::form(&props.service) else {
        return Html::default();
    };
    match &props.view {
        View::Start => html! { <step::StepPage {form} step={form.steps[0].id} /> },
        View::Step(id) => match form.step(id) {
            Some((_, s)) => html! { <step::StepPage {form} step={s.id} /> },
            None => html! { <crate::pages::not_found::NotFoundPage /> },
        },
        View::Check => lazy(Feature::new(load_check, CheckProps { form })),
        View::Sent => lazy(Feature::new(load_sent, SentProps { form })),
    }
}

/// Something that went wrong, worded only when shown, so a language switch
/// words it anew.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Failure(crate::api::Failure),
    /// A message id.
    Message(String),
}

impl Notice {
    fn message(id: &str) -> Notice {
        Notice::Message(id.to_owned())
    }

    fn say(&self, msgs: &Messages) -> String {
        match self {
            Notice::Failure(f) => f.message(msgs),
            Notice::Message(id) => msgs.text(id),
        }
    }
}

/// The answers the entries make, and the problems found in reading them
/// (a date with a box left empty, a country name that names none).
fn answers_of(entries: &qapi_core::list_map::ListMap<Entry>, msgs: &Messages) -> (Answers, Problems) {
    let mut answers = Answers::new();
    let mut problems = Problems::new();
    for (id, entry) in entries.iter() {
        let answer = match entry {
            Entry::Text { value } => Some(Answer::One(value.clone())),
            Entry::Many { values } => Some(Answer::Many(values.clone())),
            Entry::File { id, .. } => Some(Answer::One(id.clone())),
            Entry::Date { .. } => match entry.date_parts().date() {
                Ok(date) => Some(Answer::One(date.to_string())),
                Err(EntryError::Empty) => None,
                Err(e) => {
                    let message = msgs.text(e.message_id());
                    problems.insert(
                        id.clone(),
                        Problem {
                            message,
                            parts: e.parts(),
                        },
                    );
                    None
                }
            },
            Entry::Country { code, text } => match code.clone().or_else(|| resolve(msgs, text)) {
                Some(code) => Some(Answer::One(code)),
                None if text.trim().is_empty() => None,
                None => {
                    let message = msgs.text("error-citizenship-unknown");
                    problems.insert(id.clone(), Problem { message, parts: vec![] });
                    None
                }
            },
        };
        if let Some(a) = answer {
            answers.insert(id.clone(), a);
        }
    }
    (answers, problems)
}

/// A refusal in the page's language, its arguments written as people read
/// them (a date in words).
fn message(msgs: &Messages, error: &FieldError) -> String {
    let args: Vec<(String, String)> = error
        .args
        .iter()
        .map(|(name, value)| {
            let value = match qapi_core::validate::iso_date(value) {
                Ok(date) if name == "date" => long_date(msgs, date),
                _ => value.clone(),
            };
            (name.clone(), value)
        })
        .collect();
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (n.as_str(), Arg::from(v.as_str()))).collect();
    msgs.format(&error.code.message_id(), &args)
}

/// The problem with one field, if any: from reading its entry, else from
/// its rule (which may compare it with other answers).
fn problem(field: &Field, answers: &Answers, read: &Problems, msgs: &Messages) -> Option<Problem> {
    if let Some(p) = read.get(field.id) {
        return Some(p.clone());
    }
    let error = check_field(field, answers, today()).err()?;
    let parts = match field.kind {
        Kind::Date(_) => vec![Part::Day, Part::Month, Part::Year],
        _ => vec![],
    };
    Some(Problem {
        message: message(msgs, &error),
        parts,
    })
}

/// The steps that ask something given the answers, in order.
fn visible_steps(form: &'static Form, answers: &Answers) -> Vec<&'static qapi_core::forms::Step> {
    form.visible_steps(answers).collect()
}

fn service_name(msgs: &Messages, form: &Form) -> String {
    msgs.text(&format!("svc-{}", form.service))
}
