//! Azerbaijan's cities and districts for the "address in Azerbaijan" field:
//! the first-level units a person may live in (cities of republican
//! subordination, districts, and the Nakhchivan Autonomous Republic's city
//! and districts), each under its economic region. From `data/districts.json`
//! (its sources and the date it was checked are there and in `sources()`,
//! `as_of()`), baked by `build/districts.rs`, which refuses bad data.

use crate::countries::{sorted as sorted_names, Name};
use crate::Lang;

#[derive(Debug, PartialEq, Eq)]
pub struct District {
    /// Stable ASCII kebab-case id, the answer the form stores.
    pub id: &'static str,
    /// The id of its economic region.
    pub region: &'static str,
    /// A city (of republican subordination, or the autonomous republic's
    /// capital) rather than a district.
    pub city: bool,
    names: [&'static str; 3],
}

/// An economic region (Presidential Decree of 7 July 2021).
#[derive(Debug, PartialEq, Eq)]
pub struct Region {
    pub id: &'static str,
    names: [&'static str; 3],
}

/// A page or act the data was checked against.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/districts.rs"));

fn index(lang: Lang) -> usize {
    match lang {
        Lang::Az => 0,
        Lang::En => 1,
        Lang::Ru => 2,
    }
}

impl District {
    pub fn name(&self, lang: Lang) -> &'static str {
        self.names[index(lang)]
    }
}

impl Region {
    pub fn name(&self, lang: Lang) -> &'static str {
        self.names[index(lang)]
    }
}

/// The economic regions, in the decree's order.
pub fn regions() -> &'static [Region] {
    REGIONS
}

/// Every unit, grouped by region in the regions' order.
pub fn districts() -> &'static [District] {
    DISTRICTS
}

pub fn district(id: &str) -> Option<&'static District> {
    DISTRICTS.iter().find(|d| d.id == id)
}

/// The units of a region, in the data's order (none for an unknown id).
pub fn in_region(region: &str) -> impl Iterator<Item = &'static District> {
    // The region's own static id, so the iterator borrows nothing of the caller's.
    let region = REGIONS.iter().find(|r| r.id == region).map(|r| r.id);
    DISTRICTS.iter().filter(move |d| Some(d.region) == region)
}

/// A region's units in `lang`'s alphabetical order, for a list.
pub fn sorted(region: &str, lang: Lang) -> Vec<&'static District> {
    // Through the country list's sort (the id breaks a tie, as the code
    // does there), so the browser carries one copy of the sort's code.
    let names: Vec<Name> = in_region(region)
        .map(|d| Name {
            code: d.id,
            label: d.name(lang),
            aliases: &[],
        })
        .collect();
    sorted_names(lang, &names)
        .iter()
        .filter_map(|n| district(n.code))
        .collect()
}

/// What the data was checked against.
pub fn sources() -> &'static [Source] {
    SOURCES
}

/// The date (`YYYY-MM-DD`) the data was last checked against its sources.
pub fn as_of() -> &'static str {
    AS_OF
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn fourteen_regions_and_seventy_five_units() {
        assert_eq!(regions().len(), 14);
        // 10 cities of republican subordination and 57 districts, and the
        // autonomous republic's city and 7 districts.
        assert_eq!(districts().len(), 75);
        assert_eq!(districts().iter().filter(|d| d.city).count(), 11);
        assert_eq!(in_region("nakhchivan").filter(|d| !d.city).count(), 7);
        assert_eq!(in_region("karabakh").count(), 10);
        let per_region: usize = regions().iter().map(|r| in_region(r.id).count()).sum();
        assert_eq!(per_region, districts().len());
        assert_eq!(in_region("nowhere").count(), 0);
    }

    #[test]
    fn regions_in_the_decrees_order() {
        let first_last = (regions()[0].name(Lang::Az), regions()[13].name(Lang::Az));
        assert_eq!(first_last, ("Bakı", "Şirvan-Salyan"));
        assert_eq!(regions()[1].name(Lang::En), "Nakhchivan");
        assert_eq!(regions()[5].name(Lang::Ru), "Карабах");
    }

    #[test]
    fn the_main_cities_with_their_names() {
        for (id, region, az, en, ru) in [
            ("baku", "baku", "Bakı", "Baku", "Баку"),
            ("ganja", "ganja-dashkasan", "Gəncə", "Ganja", "Гянджа"),
            ("sumgayit", "absheron-khizi", "Sumqayıt", "Sumgayit", "Сумгайыт"),
            ("nakhchivan", "nakhchivan", "Naxçıvan", "Nakhchivan", "Нахчыван"),
            ("shusha", "karabakh", "Şuşa", "Shusha", "Шуша"),
            ("khankendi", "karabakh", "Xankəndi", "Khankendi", "Ханкенди"),
            ("shaki", "shaki-zagatala", "Şəki", "Shaki", "Шеки"),
        ] {
            let d = district(id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(d.region, region, "{id}");
            assert_eq!([d.name(Lang::Az), d.name(Lang::En), d.name(Lang::Ru)], [az, en, ru]);
        }
        assert!(district("khankendi").unwrap().city);
        // Shusha is a district; its town is the district's centre.
        assert!(!district("shusha").unwrap().city);
        assert!(district("Baku").is_none());
    }

    #[test]
    fn ids_and_names_are_unique() {
        let ids: HashSet<_> = districts().iter().map(|d| d.id).collect();
        assert_eq!(ids.len(), districts().len());
        let regions_ids: HashSet<_> = regions().iter().map(|r| r.id).collect();
        assert_eq!(regions_ids.len(), regions().len());
        for d in districts() {
            assert!(regions_ids.contains(d.region), "{}", d.id);
        }
        for lang in Lang::ALL {
            let names: HashSet<_> = districts().iter().map(|d| d.name(lang)).collect();
            assert_eq!(names.len(), districts().len(), "{lang:?}");
        }
    }

    #[test]
    fn azerbaijani_alphabetical_order() {
        let names = |region, lang| -> Vec<&str> { sorted(region, lang).iter().map(|d| d.name(lang)).collect() };
        let karabakh = names("karabakh", Lang::Az);
        let at = |n: &str| karabakh.iter().position(|k| *k == n).unwrap();
        assert!(at("Ağcabədi") < at("Ağdam"));
        // x follows h in the Azerbaijani alphabet: Xankəndi before Şuşa.
        assert_eq!(
            karabakh,
            [
                "Ağcabədi",
                "Ağdam",
                "Ağdərə",
                "Bərdə",
                "Füzuli",
                "Xankəndi",
                "Xocalı",
                "Xocavənd",
                "Şuşa",
                "Tərtər"
            ]
        );

        // Across regions too: Şəki (ş) after Sabirabad (s).
        let mut all: Vec<&str> = districts().iter().map(|d| d.name(Lang::Az)).collect();
        all.sort_by(|a, b| crate::countries::compare(Lang::Az, a, b));
        let at = |n: &str| all.iter().position(|k| *k == n).unwrap();
        assert!(at("Sabirabad") < at("Şəki"));
        assert!(at("Şəki") < at("Tərtər"));
        assert!(at("Xızı") < at("İmişli"), "x before ı and i");
        assert!(at("Cəlilabad") < at("Culfa") && at("Culfa") < at("Laçın"));

        assert_eq!(
            names("central-aran", Lang::Ru),
            ["Агдаш", "Гёйчай", "Евлах", "Зардаб", "Кюрдамир", "Мингячевир", "Уджар"]
        );
        assert_eq!(
            names("shaki-zagatala", Lang::En),
            ["Balakan", "Gabala", "Gakh", "Oghuz", "Shaki", "Zagatala"]
        );
        assert!(sorted("nowhere", Lang::Az).is_empty());
    }

    #[test]
    fn sources_and_date() {
        assert!(!sources().is_empty());
        assert!(sources().iter().all(|s| s.url.starts_with("http")));
        assert_eq!(as_of().len(), 10);
    }
}
