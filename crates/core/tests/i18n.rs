//! The three Fluent files must stay interchangeable: same messages, same
//! attributes, same variables, every message formatting cleanly, and every key
//! the catalog or the app asks for present in each language.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use qapi_core::catalog::{
    catalog, Audience, Category, Channel, FeeGroup, Fees, Kind, SERVICE_OPTIONAL_ATTRIBUTES, SERVICE_TEXT_ATTRIBUTES,
};
use qapi_core::i18n::{count, source, Arg, FormatError, Messages, Section};
use qapi_core::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A message's shape: attribute name ("" for the value) → the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn shapes(lang: Lang) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(source(lang))
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut shape = Shape::new();
            if let Some(value) = &m.value {
                shape.insert(String::new(), variables(value));
            }
            for a in &m.attributes {
                shape.insert(a.id.name.to_owned(), variables(&a.value));
            }
            assert!(
                out.insert(m.id.name.to_owned(), shape).is_none(),
                "{lang}.ftl defines {} twice",
                m.id.name
            );
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut vars);
        }
    }
    vars
}

fn expression_variables(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                vars.extend(variables(&v.value));
            }
        }
        Expression::Inline(i) => inline_variables(i, vars),
    }
}

fn inline_variables(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_variables(a, vars));
            arguments.named.iter().for_each(|a| inline_variables(&a.value, vars));
        }
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_messages_attributes_and_variables() {
    let reference = shapes(Lang::En);
    for lang in [Lang::Az, Lang::Ru] {
        let other = shapes(lang);
        let missing: Vec<_> = reference.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !reference.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "{lang}.ftl has messages en.ftl lacks: {extra:?}");
        for (id, shape) in &reference {
            assert_eq!(
                &other[id], shape,
                "{lang}.ftl: {id} differs in attributes or variables from en.ftl"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for lang in Lang::ALL {
        let messages = Messages::new(lang);
        for (id, shape) in shapes(lang) {
            for (attr, vars) in &shape {
                for n in [0, 1, 2, 5, 21] {
                    let args: Vec<_> = vars.iter().map(|v| (v.as_str(), count(n))).collect();
                    let attr = (!attr.is_empty()).then_some(attr.as_str());
                    let result = messages.try_format(&id, attr, &args);
                    assert!(result.is_ok(), "{lang}: {result:?}");
                    assert!(!result.unwrap().trim().is_empty(), "{lang}: {id} is empty");
                }
            }
        }
    }
}

/// The reference formatter over the same source.
fn reference_bundle(lang: Lang) -> fluent_bundle::FluentBundle<fluent_bundle::FluentResource> {
    let resource = fluent_bundle::FluentResource::try_new(source(lang).to_owned()).expect("parses");
    let mut bundle = fluent_bundle::FluentBundle::new(vec![lang.code().parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate ids");
    bundle
}

#[test]
fn compiled_messages_format_exactly_as_fluent_bundle_does() {
    let mut compared = 0;
    for lang in Lang::ALL {
        let reference = reference_bundle(lang);
        let compiled = Messages::new(lang);
        for (id, shape) in shapes(lang) {
            let message = reference.get_message(&id).unwrap();
            for (attr, vars) in &shape {
                let pattern = if attr.is_empty() {
                    message.value().unwrap()
                } else {
                    message.get_attribute(attr).unwrap().value()
                };
                // Counts cover every plural form (0–1000 and beyond); text
                // values cover string selectors and plain substitution.
                let counts = (0..=1000).chain([1001, 1011, 1021, 1_000_000]);
                let values: Vec<Option<usize>> = if vars.is_empty() {
                    vec![None]
                } else {
                    counts.map(Some).chain([None]).collect()
                };
                for value in values {
                    let (ours, theirs): (Vec<_>, fluent_bundle::FluentArgs) = match value {
                        Some(n) => (
                            vars.iter().map(|v| (v.as_str(), count(n))).collect(),
                            vars.iter()
                                .map(|v| (v.as_str(), fluent_bundle::FluentValue::from(n)))
                                .collect(),
                        ),
                        None => (
                            vars.iter().map(|v| (v.as_str(), Arg::from("«x»"))).collect(),
                            vars.iter()
                                .map(|v| (v.as_str(), fluent_bundle::FluentValue::from("«x»")))
                                .collect(),
                        ),
                    };
                    let mut errors = vec![];
                    let expected = reference.format_pattern(pattern, Some(&theirs), &mut errors);
                    let attr = (!attr.is_empty()).then_some(attr.as_str());
                    let actual = compiled.try_format(&id, attr, &ours);
                    assert_eq!(
                        actual.as_deref(),
                        Ok(&*expected),
                        "{lang}: {id} {attr:?} with {value:?}"
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 3000, "only {compared} formattings compared");
}

#[test]
fn missing_messages_and_variables_are_reported_not_hidden() {
    let messages = Messages::new(Lang::En);
    assert_eq!(
        messages.try_format("no-such-message", None, &[]),
        Err(FormatError::Missing("no-such-message".into()))
    );
    assert!(matches!(
        messages.try_format("results-count", None, &[]),
        Err(FormatError::Invalid(..))
    ));
    // The interface still gets text it can show.
    assert_eq!(messages.text("no-such-message"), "no-such-message");
}

#[test]
fn russian_counts_use_one_few_and_many_forms() {
    let ru = Messages::new(Lang::Ru);
    let results = |n| {
        ru.format("results-count", &[("count", count(n))])
            .replace(&n.to_string(), "#")
    };
    let (one, few, many) = (results(1), results(2), results(5));
    assert!(
        one != few && few != many && one != many,
        "ru plural forms collapse: {one:?} {few:?} {many:?}"
    );
    assert_eq!(results(21), one);
    assert_eq!(results(22), few);
    assert_eq!(results(11), many);
    assert_eq!(results(12), many);
    let days = |n| {
        ru.format("period-days", &[("count", count(n))])
            .replace(&n.to_string(), "#")
    };
    assert!(days(1) != days(3) && days(3) != days(30));
}

/// Every key the catalog and its enums derive.
fn derived_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for s in catalog().services.iter() {
        keys.insert(s.message_id());
        for a in SERVICE_TEXT_ATTRIBUTES {
            keys.insert(format!("{}.{a}", s.message_id()));
        }
        if s.fees == Fees::StateDuty {
            keys.insert(format!("{}.fee-note", s.message_id()));
        }
        keys.extend(s.document_message_ids());
        keys.insert(s.audience_message_id());
    }
    keys.extend(qapi_core::catalog::PERIOD_MESSAGE_IDS.iter().map(|id| id.to_string()));
    keys.extend(Category::ALL.iter().map(|c| format!("category-{}", c.key())));
    keys.extend(Audience::ALL.iter().map(|a| format!("audience-{}", a.key())));
    keys.extend(Kind::ALL.iter().map(|k| format!("kind-{}", k.key())));
    keys.extend(Channel::ALL.iter().map(|c| format!("channel-{}", c.key())));
    keys.extend(FeeGroup::ALL.iter().map(|g| format!("fee-group-{}", g.key())));
    keys.extend(qapi_core::validate::Code::ALL.iter().map(|c| c.message_id()));
    for status in qapi_core::api::ApplicationStatus::ALL {
        keys.insert(status.message_id().to_owned());
        keys.insert(format!("{}.next", status.message_id()));
    }
    keys.extend(
        qapi_core::date_entry::EntryError::MESSAGE_IDS
            .iter()
            .map(|id| id.to_string()),
    );
    keys.extend((1..=12).map(|m| qapi_core::date::month_message_id(m).to_owned()));
    keys.extend((0..7).filter_map(|d| {
        Some(qapi_core::date::weekday_message_id(qapi_core::date::CivilDate::from_days(d)?).to_owned())
    }));
    let calc = qapi_core::calc::message_ids();
    keys.extend(
        calc.iter()
            .filter(|id| id.starts_with("calc-rule-"))
            .map(|id| format!("{id}.legal")),
    );
    keys.extend(calc);
    keys.extend(
        qapi_core::countries::NON_NATIONAL
            .iter()
            .filter_map(|c| qapi_core::countries::status_message_id(c)),
    );
    for form in qapi_core::forms::forms() {
        keys.extend(form.message_ids());
    }
    keys
}

/// Message ids the app's source names literally: `.text("id")`, `.attr("id", …)`,
/// `.format("id", …)`, `.has_attr("id", …)`.
fn keys_used_in_app() -> BTreeSet<String> {
    keys_by_file().into_values().flatten().collect()
}

/// The same, by source file.
fn keys_by_file() -> BTreeMap<PathBuf, BTreeSet<String>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, BTreeSet<String>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                let keys = out.entry(path).or_default();
                // rustfmt may put the id on the next line: `.format(\n    "id"`.
                // `Notice::message`: an id kept to be worded when shown (pages/apply).
                for call in [".text(", ".attr(", ".format(", ".has_attr(", "Notice::message("] {
                    for (at, _) in code.match_indices(call) {
                        if let Some(rest) = code[at + call.len()..].trim_start().strip_prefix('"') {
                            keys.insert(rest[..rest.find('"').unwrap()].to_owned());
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src"), &mut out);
    out
}

/// The message sections loaded wherever a source file renders: its start
/// page's (`StartPage::sections`) under `pages/lookup`, `pages/calculators`
/// and `pages/queue`, `Forms` for the form parts, else the base only.
fn sections_loaded_for(path: &Path) -> Vec<Section> {
    use qapi_core::start_page::{Calculator, StartPage};
    let p = path.to_string_lossy();
    let page = if p.contains("/pages/lookup") {
        Some(StartPage::Lookup(qapi_core::api::Lookup::TravelBan))
    } else if p.contains("/pages/calculators/stay") || p.contains("/pages/calculators/trip") {
        Some(StartPage::Calculator(Calculator::TemporaryStay))
    } else if p.contains("/pages/calculators") {
        // The registration deadline's, and what both show (`mod.rs`): the
        // sections both load are `Forms` and `Calculators`.
        Some(StartPage::Calculator(Calculator::RegistrationDeadline))
    } else if p.contains("/pages/queue") {
        Some(StartPage::Queue)
    } else if p.contains("/pages/apply") {
        Some(StartPage::Application)
    } else {
        None
    };
    let mut sections = vec![Section::Base];
    match page {
        Some(page) => sections.extend_from_slice(page.sections()),
        None if ["/components/date_input", "/components/citizenship", "/components/form"]
            .iter()
            .any(|c| p.contains(c)) =>
        {
            sections.push(Section::Forms)
        }
        None => {}
    }
    sections
}

/// A message shown where its section is not loaded would read as its bare id.
#[test]
fn every_message_is_in_a_section_its_page_loads() {
    let by_file = keys_by_file();
    assert!(
        by_file.keys().any(|p| p.ends_with("pages/lookup/mod.rs")),
        "the source scan found nothing"
    );
    for (path, keys) in by_file {
        let loaded = sections_loaded_for(&path);
        for key in keys {
            let id = key.split('.').next().unwrap_or_default();
            assert!(
                loaded.contains(&Section::of(id)),
                "{} shows {key}, of {:?}, where only {loaded:?} are loaded",
                path.display(),
                Section::of(id)
            );
        }
    }
}

#[test]
fn every_key_the_catalog_and_the_app_use_exists_in_every_language() {
    let used: BTreeSet<String> = derived_keys().into_iter().chain(keys_used_in_app()).collect();
    assert!(used.contains("home-title"), "the source scan found nothing: {used:?}");
    for lang in Lang::ALL {
        let shapes = shapes(lang);
        for key in &used {
            let (id, attr) = key.split_once('.').unwrap_or((key, ""));
            assert!(
                shapes.get(id).is_some_and(|s| s.contains_key(attr)),
                "{lang}.ftl lacks {key}"
            );
        }
    }
}

#[test]
fn services_carry_only_the_attributes_the_app_knows() {
    for (id, shape) in shapes(Lang::En) {
        if id.starts_with("svc-") {
            for attr in shape.keys().filter(|a| !a.is_empty()) {
                assert!(
                    SERVICE_TEXT_ATTRIBUTES.contains(&attr.as_str())
                        || SERVICE_OPTIONAL_ATTRIBUTES.contains(&attr.as_str()),
                    "{id}.{attr} is shown nowhere"
                );
            }
        }
    }
}

#[test]
fn no_message_is_unused() {
    let used: BTreeSet<String> = derived_keys().into_iter().chain(keys_used_in_app()).collect();
    let en = source(Lang::En);
    for id in shapes(Lang::En).keys() {
        let referenced_by_a_message = en.contains(&format!("{{ {id} }}"));
        assert!(
            used.contains(id) || referenced_by_a_message,
            "en.ftl: {id} is used nowhere; remove it from all three files"
        );
    }
}
