//! The citizenship picker's data and logic: the generated CLDR names agree
//! with the code list and the pinned CLDR release, search finds what people
//! type in any of the three languages, and lists follow each alphabet.

use proptest::prelude::*;
use qapi_core::countries::{self, names, search, sorted, Name, CODES};
use qapi_core::Lang;
use serde_json::Value;

fn data() -> Value {
    serde_json::from_str(include_str!("../data/countries.json")).expect("countries.json is JSON")
}

fn codes(found: &[Name]) -> Vec<&'static str> {
    found.iter().map(|n| n.code).collect()
}

/// A search over all three languages, shown in `lang`.
fn find(lang: Lang, query: &str) -> Vec<&'static str> {
    let others: Vec<&[Name]> = Lang::ALL.into_iter().filter(|&l| l != lang).map(names::of).collect();
    codes(&search(lang, query, names::of(lang), &others))
}

#[test]
fn generated_data_covers_exactly_the_code_list() {
    let data = data();
    let rows = data["countries"].as_array().unwrap();
    let alpha3: Vec<&str> = rows.iter().map(|c| c["alpha3"].as_str().unwrap()).collect();
    assert_eq!(alpha3, CODES, "regenerate with `cargo xtask countries`");
    for row in rows {
        let code = row["alpha3"].as_str().unwrap();
        assert_eq!(countries::alpha2(code), row["alpha2"].as_str(), "{code}");
    }
}

#[test]
fn baked_tables_are_the_json_in_code_order() {
    let data = data();
    for lang in Lang::ALL {
        let table = names::of(lang);
        assert_eq!(table.len(), CODES.len());
        for (name, row) in table.iter().zip(data["countries"].as_array().unwrap()) {
            let json = &row[lang.code()];
            assert_eq!(name.code, row["alpha3"].as_str().unwrap());
            assert_eq!(name.label, json["name"].as_str().unwrap());
            let aliases: Vec<&str> = json["aliases"]
                .as_array()
                .map(|a| a.iter().map(|v| v.as_str().unwrap()).collect())
                .unwrap_or_default();
            assert_eq!(name.aliases, aliases);
        }
    }
}

#[test]
fn every_name_is_non_empty_in_all_three_languages() {
    for lang in Lang::ALL {
        for name in names::of(lang) {
            assert!(!name.label.trim().is_empty(), "{lang:?} {}", name.code);
            assert!(
                name.aliases.iter().all(|a| !a.trim().is_empty()),
                "{lang:?} {}",
                name.code
            );
        }
    }
    // Spot checks that the languages are not mixed up.
    let label = |lang, code| names::of(lang).iter().find(|n| n.code == code).unwrap().label;
    assert_eq!(
        [label(Lang::Az, "TUR"), label(Lang::En, "TUR"), label(Lang::Ru, "TUR")],
        ["Türkiyə", "Türkiye", "Турция"]
    );
    assert_eq!(
        [label(Lang::Az, "AZE"), label(Lang::En, "AZE"), label(Lang::Ru, "AZE")],
        ["Azərbaycan", "Azerbaijan", "Азербайджан"]
    );
}

#[test]
fn data_comes_from_the_pinned_cldr_release() {
    let data = data();
    assert_eq!(data["cldr"].as_str(), Some(countries::CLDR_VERSION));
    let package: Value = serde_json::from_str(include_str!("../../../package.json")).unwrap();
    for npm in ["cldr-localenames-full", "cldr-core"] {
        assert_eq!(
            package["devDependencies"][npm].as_str(),
            Some(countries::CLDR_VERSION),
            "{npm} in package.json differs from the data's CLDR release: run `cargo xtask countries`"
        );
    }
}

#[test]
fn typed_without_diacritics_or_in_any_case() {
    for lang in Lang::ALL {
        assert_eq!(find(lang, "Turkiye").first(), Some(&"TUR"), "{lang:?}");
        assert_eq!(find(lang, "turkiye").first(), Some(&"TUR"), "{lang:?}");
        assert_eq!(find(lang, "TÜRKİYƏ").first(), Some(&"TUR"), "{lang:?}");
    }
    assert_eq!(find(Lang::Az, "azerbaycan").first(), Some(&"AZE"));
    assert_eq!(find(Lang::Az, "ISVEC").first(), Some(&"SWE"));
}

#[test]
fn a_name_in_any_language_finds_its_country_whatever_the_interface_language() {
    for lang in Lang::ALL {
        for query in ["Rusiya", "Россия", "«Россия»", "россия", "Russia"] {
            assert_eq!(find(lang, query).first(), Some(&"RUS"), "{lang:?} {query}");
        }
        assert!(find(lang, "germ").contains(&"DEU"), "{lang:?}");
        assert!(find(lang, "Almaniya").contains(&"DEU"), "{lang:?}");
    }
    assert_eq!(find(Lang::En, "germ"), ["DEU"]);
}

#[test]
fn codes_find_their_country() {
    for lang in Lang::ALL {
        for (query, code) in [
            ("RUS", "RUS"),
            ("de", "DEU"),
            ("DEU", "DEU"),
            ("aze", "AZE"),
            ("AZ", "AZE"),
            ("gb", "GBR"),
        ] {
            assert!(find(lang, query).contains(&code), "{lang:?} {query}");
        }
    }
    // Exactly the code, when no name starts with it.
    assert_eq!(find(Lang::En, "deu").first(), Some(&"DEU"));
    assert_eq!(find(Lang::En, "che").first(), Some(&"CHE"));
}

#[test]
fn aliases_find_but_the_label_is_shown() {
    let uk = search(Lang::En, "UK", names::en(), &[]);
    assert_eq!((uk[0].code, uk[0].label), ("GBR", "United Kingdom"));
    assert_eq!(find(Lang::En, "turkey").first(), Some(&"TUR"));
    assert_eq!(find(Lang::En, "ivory coast").first(), Some(&"CIV"));
    assert_eq!(find(Lang::En, "cote d'ivoire").first(), Some(&"CIV"));
    assert_eq!(find(Lang::Ru, "США").first(), Some(&"USA"));
}

#[test]
fn ranking_prefers_the_interface_language_then_words_then_others_then_substrings() {
    // Prefix of the English name before a word inside one.
    let guinea = find(Lang::En, "guinea");
    assert_eq!(guinea[0], "GIN");
    let pos = |list: &[&str], code| list.iter().position(|&c| c == code).unwrap();
    assert!(
        pos(&guinea, "GNB") < pos(&guinea, "GNQ"),
        "prefixes in alphabetical order: Guinea-Bissau, then…"
    );
    assert!(
        pos(&guinea, "GNQ") < pos(&guinea, "PNG"),
        "…word prefixes: Equatorial Guinea, Papua New Guinea"
    );
    // "kor": the code of South Korea, then both Koreas as word prefixes.
    assert_eq!(find(Lang::En, "kor")[..2], ["KOR", "PRK"]);
    // Other languages' names come after the interface language's word prefixes.
    let ir = find(Lang::Az, "iran");
    assert_eq!(ir[0], "IRN");
    // A substring inside a word of the interface language's name (Kazakhstan)
    // before one inside another language's (Ermənistan, Armenia).
    let stan = find(Lang::En, "stan");
    assert!(pos(&stan, "KAZ") < pos(&stan, "ARM"));
    let empty = find(Lang::Az, "");
    assert_eq!(empty.len(), CODES.len());
}

#[test]
fn select_lists_follow_each_alphabet() {
    let az: Vec<&str> = sorted(Lang::Az, names::az()).iter().map(|n| n.label).collect();
    let at = |list: &[&str], label| {
        list.iter()
            .position(|&l| l == label)
            .unwrap_or_else(|| panic!("{label}"))
    };
    assert!(at(&az, "Cibuti") < at(&az, "Çin"));
    assert!(at(&az, "Çin") < at(&az, "Danimarka"));
    let last_e = az.iter().rposition(|l| l.starts_with('E')).unwrap();
    assert!(last_e < at(&az, "Əfqanıstan") && at(&az, "Əfqanıstan") < at(&az, "Fransa"));
    assert!(at(&az, "Honduras") < at(&az, "Xorvatiya") && at(&az, "Xorvatiya") < at(&az, "İraq"));
    assert!(at(&az, "Kuba") < at(&az, "Qətər") && at(&az, "Qətər") < at(&az, "Latviya"));

    let ru: Vec<&str> = sorted(Lang::Ru, names::ru()).iter().map(|n| n.label).collect();
    assert_eq!(ru.first(), Some(&"Австралия"));
    assert!(at(&ru, "Иран") < at(&ru, "Йемен") && at(&ru, "Йемен") < at(&ru, "Казахстан"));

    let en: Vec<&str> = sorted(Lang::En, names::en()).iter().map(|n| n.label).collect();
    assert!(at(&en, "Åland Islands") < at(&en, "Albania"));
    assert!(at(&en, "Curaçao") < at(&en, "Cyprus") && at(&en, "Türkiye") < at(&en, "Turkmenistan"));
}

#[test]
fn statuses_join_the_list_under_their_messages() {
    let stateless = Name {
        code: "XXA",
        label: "Vətəndaşlığı olmayan şəxs",
        aliases: &[],
    };
    let mut all = names::az().to_vec();
    all.push(stateless);
    assert_eq!(
        codes(&search(Lang::Az, "vetendasligi olmayan", &all, &[names::en()])),
        ["XXA"]
    );
    assert_eq!(codes(&search(Lang::Az, "xxa", &all, &[])), ["XXA"]);
    assert_eq!(sorted(Lang::Az, &all).len(), CODES.len() + 1);
}

#[test]
fn every_country_is_first_for_its_own_name() {
    for lang in Lang::ALL {
        for name in names::of(lang) {
            assert_eq!(
                find(lang, name.label).first(),
                Some(&name.code),
                "{lang:?} {}",
                name.label
            );
        }
    }
}

fn country_and_langs() -> impl Strategy<Value = (usize, Lang, Lang)> {
    (0..CODES.len(), 0usize..3, 0usize..3).prop_map(|(i, a, b)| (i, Lang::ALL[a], Lang::ALL[b]))
}

proptest! {
    #[test]
    fn search_never_panics(query in any::<String>(), lang in 0usize..3) {
        let lang = Lang::ALL[lang];
        let found = find(lang, &query);
        let mut unique = found.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), found.len());
    }

    #[test]
    fn every_country_is_found_by_its_full_name_in_every_language(
        (i, name_lang, ui) in country_and_langs(),
        case in 0usize..3,
    ) {
        let name = names::of(name_lang)[i];
        let query = match case {
            0 => name.label.to_owned(),
            1 => name.label.to_uppercase(),
            _ => qapi_core::search::fold(name.label),
        };
        let found = find(ui, &query);
        prop_assert!(found.contains(&name.code), "{:?} in {:?}: {:?}", query, ui, found);
        if name_lang == ui {
            prop_assert_eq!(found[0], name.code);
        }
    }
}
