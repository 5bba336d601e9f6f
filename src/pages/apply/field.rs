//! One question of a form, rendered from its definition
//! (`qapi_core::forms::Field`): its label and hint from `field-<id>`, the
//! input its kind calls for, and its error tied with `aria-describedby`.

use super::draft::Entry;
use super::upload::UploadProps;
use crate::components::citizenship::CitizenshipPicker;
use crate::components::date_input::DateInput;
use crate::i18n::use_i18n;
use crate::lazy::{lazy, Feature};
use qapi_core::date_entry::Part;
use qapi_core::forms::{district, DateRule, Field, Kind};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A problem to show on a field, and for a date the boxes to mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub message: String,
    pub parts: Vec<Part>,
}

/// A page's problems by field id.
pub type Problems = qapi_core::list_map::ListMap<Problem>;

/// The element a field's error link focuses, and its inputs' ids derive from.
pub fn element_id(field: &Field) -> String {
    format!("qp-f-{}", field.id.replace(['.', '_'], "-"))
}

/// What the error summary's link focuses: the first wrong date box, the
/// first radio or checkbox, else the input itself.
pub fn anchor(field: &Field, problem: &Problem) -> String {
    let id = element_id(field);
    match field.kind {
        Kind::Date(_) => {
            let part = match problem.parts.first() {
                Some(Part::Month) => "month",
                Some(Part::Year) => "year",
                _ => "day",
            };
            format!("{id}-{part}")
        }
        Kind::Choice(options) | Kind::Choices(options) => format!("{id}-{}", options.first().copied().unwrap_or("")),
        _ => id,
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub field: &'static Field,
    /// It asks about whoever fills the form in (`Form::asks_own`).
    pub own: bool,
    pub entry: Option<Entry>,
    pub problem: Option<Problem>,
    pub onchange: Callback<(&'static str, Entry)>,
}

/// The autofill token for a question: the representative's and the contact
/// step's are always the person's own (whoever fills the form in is the one
/// contacted); the applicant's names and address only when they are the
/// person's own (`own`), never a child's or a worker's.
fn autofill(field: &str, own: bool, kiosk: bool) -> &'static str {
    // A kiosk's browser would remember them for the next visitor.
    if kiosk {
        return "off";
    }
    match (field, own) {
        ("contact.phone", _) => "tel",
        ("applicant.email", _) => "email",
        ("representative.given_name", _) => "given-name",
        ("representative.family_name", _) => "family-name",
        ("applicant.given_name", true) => "given-name",
        ("applicant.family_name", true) => "family-name",
        ("person.patronymic", true) => "additional-name",
        ("address.street", true) => "address-line1",
        ("address.postal_code", true) => "postal-code",
        _ => "off",
    }
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let msgs = use_i18n();
    let kiosk = crate::kiosk::use_kiosk();
    let field = props.field;
    let id = element_id(field);
    let message_id = field.message_id();
    let label = if field.required {
        msgs.text(&message_id)
    } else {
        format!("{} {}", msgs.text(&message_id), msgs.text("apply-optional"))
    };
    let hint = msgs
        .has_attr(&message_id, "hint")
        .then(|| msgs.attr(&message_id, "hint"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let describedby = [
        hint.as_ref().map(|_| hint_id.clone()),
        props.problem.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let describedby = (!describedby.is_empty()).then_some(describedby);
    let error = props.problem.as_ref().map(|p| {
        html! {
            <p id={error_id.clone()} class="qp-error-message">
                <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ p.message.clone() }
            </p>
        }
    });
    let emit = {
        let (onchange, field_id) = (props.onchange.clone(), field.id);
        move |entry: Entry| onchange.emit((field_id, entry))
    };
    let text_value = props.entry.as_ref().map(|e| e.text().to_owned()).unwrap_or_default();
    let wrong = props.problem.is_some();
    let field_class = classes!("qp-field", wrong.then_some("qp-field--error"));
    let hint_html = hint
        .clone()
        .map(|h| html! { <p id={hint_id.clone()} class="qp-hint">{ h }</p> });

    // A one-line input: its type, keyboard and autofill follow the kind.
    let line = |input_type: &'static str,
                inputmode: Option<&'static str>,
                autocomplete: &'static str,
                width: Option<&'static str>| {
        let oninput = {
            let emit = emit.clone();
            Callback::from(move |e: InputEvent| {
                emit(Entry::Text {
                    value: e.target_unchecked_into::<HtmlInputElement>().value(),
                })
            })
        };
        html! {
            <div class={field_class.clone()}>
                <label class="qp-label" for={id.clone()}>{ label.clone() }</label>
                { hint_html.clone() }
                { error.clone() }
                <input id={id.clone()} name={field.id} class={classes!("qp-input", width, wrong.then_some("qp-input--error"))}
                    type={input_type} {inputmode} {autocomplete} spellcheck="false"
                    value={text_value.clone()} {oninput}
                    aria-describedby={describedby.clone()} aria-invalid={wrong.then_some("true")} />
            </div>
        }
    };

    let autofill = autofill(field.id, props.own, kiosk);
    match field.kind {
        Kind::Text { .. } | Kind::Name => line("text", None, autofill, None),
        Kind::Number { .. } => line("text", Some("numeric"), "off", Some("qp-input--4")),
        Kind::PostalCode => line("text", None, autofill, Some("qp-input--20ch")),
        Kind::Phone => line("tel", Some("tel"), autofill, Some("qp-input--20ch")),
        Kind::Email => line("email", Some("email"), autofill, None),
        Kind::PassportNumber | Kind::Fin | Kind::PermitNumber => line("text", None, "off", Some("qp-input--20ch")),
        Kind::LongText { .. } => {
            let oninput = Callback::from(move |e: InputEvent| {
                emit(Entry::Text {
                    value: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                })
            });
            html! {
                <div class={field_class}>
                    <label class="qp-label" for={id.clone()}>{ label }</label>
                    { hint_html }
                    { error }
                    <textarea id={id} name={field.id} class={classes!("qp-input", "qp-textarea", wrong.then_some("qp-input--error"))}
                        rows="5" value={text_value} {oninput}
                        aria-describedby={describedby} aria-invalid={wrong.then_some("true")} />
                </div>
            }
        }
        Kind::Date(rule) => {
            let value = props.entry.as_ref().map(Entry::date_parts).unwrap_or_default();
            let onchange = Callback::from(move |parts| emit(Entry::date(&parts)));
            let error = props.problem.as_ref().map(|p| (p.message.clone(), p.parts.clone()));
            let birthday = props.own && matches!(rule, DateRule::Birth | DateRule::BirthAdult);
            html! {
                <DateInput id={id} legend={label} hint={hint.unwrap_or_else(|| msgs.text("apply-date-hint"))}
                    {value} {onchange} {error} {birthday} />
            }
        }
        Kind::Country => {
            let value = props.entry.as_ref().map(Entry::citizenship).unwrap_or_default();
            let onchange = Callback::from(move |c: crate::components::citizenship::Citizenship| {
                emit(Entry::Country {
                    code: c.code,
                    text: c.text,
                })
            });
            let error = props.problem.as_ref().map(|p| p.message.clone());
            html! {
                <CitizenshipPicker id={id} {label} hint={hint.unwrap_or_default()} {value} {onchange} {error} />
            }
        }
        Kind::Choice(options) | Kind::Choices(options) => {
            let many = matches!(field.kind, Kind::Choices(_));
            let picked: Vec<String> = match &props.entry {
                Some(Entry::Many { values }) => values.clone(),
                Some(Entry::Text { value }) => vec![value.clone()],
                _ => vec![],
            };
            let items = options.iter().map(|option| {
                let input_id = format!("{id}-{option}");
                let checked = picked.iter().any(|p| p == option);
                let onchange = {
                    let (emit, picked) = (emit.clone(), picked.clone());
                    Callback::from(move |_: Event| {
                        if many {
                            let mut values: Vec<String> = picked.iter().filter(|p| *p != option).cloned().collect();
                            if !checked {
                                values.push((*option).to_owned());
                            }
                            emit(Entry::Many { values });
                        } else {
                            emit(Entry::Text {
                                value: (*option).to_owned(),
                            });
                        }
                    })
                };
                html! {
                    <label class="qp-choice">
                        <input id={input_id} type={if many { "checkbox" } else { "radio" }}
                            name={field.id} value={*option} {checked} {onchange} />
                        <span>{ msgs.text(&field.option_message_id(option)) }</span>
                    </label>
                }
            });
            html! {
                <div class={field_class}>
                    <fieldset class="qp-fieldset" aria-describedby={describedby}>
                        <legend class="qp-label">{ label }</legend>
                        { hint_html }
                        { error }
                        <div class="qp-choices">{ for items }</div>
                    </fieldset>
                </div>
            }
        }
        Kind::District => {
            let lang = msgs.lang();
            let onchange = Callback::from(move |e: Event| {
                emit(Entry::Text {
                    value: e.target_unchecked_into::<HtmlSelectElement>().value(),
                })
            });
            let groups = district::regions().iter().map(|region| {
                let options = district::sorted(region.id, lang).into_iter().map(|d| {
                    html! { <option value={d.id} selected={text_value == d.id}>{ d.name(lang) }</option> }
                });
                html! { <optgroup label={region.name(lang)}>{ for options }</optgroup> }
            });
            html! {
                <div class={field_class}>
                    <label class="qp-label" for={id.clone()}>{ label }</label>
                    { hint_html }
                    { error }
                    <select id={id} name={field.id} class={classes!("qp-input", "qp-select", wrong.then_some("qp-input--error"))}
                        {onchange} aria-describedby={describedby} aria-invalid={wrong.then_some("true")}>
                        <option value="" selected={text_value.is_empty()}>{ msgs.text("apply-choose") }</option>
                        { for groups }
                    </select>
                </div>
            }
        }
        Kind::Document(_) => {
            let onchange = Callback::from(emit);
            html! {
                { lazy(Feature::new(super::load_upload, UploadProps {
                    id,
                    label,
                    hint: hint.unwrap_or_default(),
                    entry: props.entry.clone(),
                    problem: props.problem.as_ref().map(|p| p.message.clone()),
                    onchange,
                })) }
            }
        }
        // Never asked.
        Kind::Fixed(_) => Html::default(),
    }
}
