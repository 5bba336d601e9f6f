//! The catalog's facts (`catalog.json`) and its words (`i18n/*.ftl`) must
//! say the same thing: the durations a fee table lists are the ones the
//! service's texts give, and whom a service is for is who its texts say
//! may use it.

use qapi_core::catalog::{catalog, period_label, Audience, Fees, Period, Service};
use qapi_core::i18n::Messages;
use qapi_core::search::fold;
use qapi_core::Lang;

/// The numbers in a text as written ("1,5", "60", "500,000"), without a
/// sentence's final full stop.
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|t| t.trim_matches(|c| c == ',' || c == '.'))
        .filter(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

/// Each fee group's longest duration, in the fee table's own words, is the
/// longest the service's `.validity` gives for it: a table up to "3 years"
/// under a text saying "up to 1 year", or "Any period" for a permit that
/// lasts 5 years, is a contradiction someone acts on.
#[test]
fn fee_tables_list_the_durations_the_validity_text_gives() {
    let mut checked = 0;
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for s in catalog().services.iter() {
            let Fees::Schedule { .. } = &s.fees else { continue };
            let id = s.message_id();
            if !m.has_attr(&id, "validity") {
                continue;
            }
            let validity = m.attr(&id, "validity");
            for (group, rows) in s.fees.groups() {
                assert!(
                    rows.iter().all(|r| r.period.is_some()),
                    "{lang}: {} lasts a set time (.validity: {validity:?}), so each of its {} fees names its period",
                    s.id,
                    group.key()
                );
                let longest: Period = rows.iter().filter_map(|r| r.period).max_by_key(months).unwrap();
                let label = period_label(&m, Some(longest));
                let number = numbers(&label)
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| panic!("{label:?} has no number"));
                assert!(
                    numbers(&validity).contains(&number),
                    "{lang}: {}'s {} fees go up to {label:?}, which its .validity does not give: {validity:?}",
                    s.id,
                    group.key()
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 3 * 6, "only {checked} fee groups checked");
}

fn months(p: &Period) -> u32 {
    match *p {
        Period::Days(d) => u32::from(d) / 30,
        Period::Months(m) => u32::from(m),
    }
}

/// How each language names each audience in running text, folded as the
/// search folds (case and diacritics do not matter). Stems, so that every
/// grammatical case matches: «иностранец», «иностранцы», «иностранцам».
fn names(lang: Lang, audience: Audience) -> &'static [&'static str] {
    use Audience::*;
    match (lang, audience) {
        (Lang::En, Foreigner) => &["foreigner", "stateless person"],
        (Lang::En, Representative) => &["representative"],
        (Lang::En, Host) => &["host"],
        (Lang::En, Employer) => &["employer"],
        (Lang::En, Citizen) => &[
            "citizen of azerbaijan",
            "citizens of azerbaijan",
            "citizen of the republic of azerbaijan",
            "citizens of the republic of azerbaijan",
        ],
        (Lang::Az, Foreigner) => &["əcnəbi", "vətəndaşlığı olmayan"],
        (Lang::Az, Representative) => &["nümayəndə"],
        (Lang::Az, Host) => &["qəbul edən tərəf"],
        (Lang::Az, Employer) => &["işəgötürən"],
        (Lang::Az, Citizen) => &[
            "azərbaycan respublikasının vətəndaşı",
            "azərbaycan respublikasının vətəndaşları",
        ],
        (Lang::Ru, Foreigner) => &["иностранец", "иностранц", "без гражданства"],
        (Lang::Ru, Representative) => &["представител"],
        (Lang::Ru, Host) => &["принимающ"],
        (Lang::Ru, Employer) => &["работодател"],
        (Lang::Ru, Citizen) => &["гражданин азербайджан", "граждане азербайджан"],
    }
}

/// Words that contain an audience's stem without naming it: a company's
/// representative office is not a representative.
fn not_audiences(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[],
        Lang::Az => &["nümayəndəli"],
        Lang::Ru => &["представительств"],
    }
}

/// The first sentence of `.who` says who may use the service; what follows
/// gives conditions and deadlines (where other people may be mentioned).
fn who_first_sentence(m: &Messages, s: &Service) -> String {
    let who = m.attr(&s.message_id(), "who");
    let end = who.find(". ").map_or(who.len(), |i| i + 1);
    not_audiences(m.lang())
        .iter()
        .fold(fold(&who[..end]), |text, w| text.replace(&fold(w), " "))
}

/// Every audience the catalog gives a service is named in the first sentence
/// of its `.who`, and that sentence names no audience the catalog lacks
/// (a text saying hosts register people while the filter hides the service
/// from hosts).
#[test]
fn who_texts_name_exactly_the_catalog_audiences() {
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for s in catalog().services.iter() {
            let who = who_first_sentence(&m, s);
            for &a in Audience::ALL {
                let named = names(lang, a).iter().any(|n| who.contains(&fold(n)));
                assert_eq!(
                    named,
                    s.is_for(a),
                    "{lang}: {} is {}for {a:?} in catalog.json, but the first sentence of its .who {} them: {who:?}",
                    s.id,
                    if s.is_for(a) { "" } else { "not " },
                    if named { "names" } else { "does not name" }
                );
            }
        }
    }
}

/// The stems above really are how the audience filter names them, so the
/// table cannot drift from the words on the page.
#[test]
fn the_audience_names_match_the_filter_labels() {
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for &a in Audience::ALL {
            let label = fold(&m.text(&format!("audience-{}", a.key())));
            assert!(
                names(lang, a)
                    .iter()
                    .any(|n| label.contains(&fold(n)) || fold(n).contains(&label)),
                "{lang}: audience-{} {label:?} matches none of {:?}",
                a.key(),
                names(lang, a)
            );
        }
    }
}
