//! Alphabetical order for the picker's list, per language, without ICU:
//! Azerbaijani by its own alphabet (c ç, e ə, h x ı i, k q …), Russian by the
//! Cyrillic one with ё as a letter after е, English a–z. A Latin letter with
//! a diacritic the language's alphabet lacks sorts as its base letter (Åland
//! with A, Curaçao with c in English). Case never matters; runs of spaces and
//! punctuation count as one separator, which sorts before any letter, and
//! apostrophes count as nothing (Kotd’ivuar).

use super::{is_apostrophe, is_combining, is_word_char, Name};
use crate::Lang;
use std::cmp::Ordering;

// No w in Azerbaijani; foreign names place it after v, as Turkish does.
const AZ: &str = "abcçdeəfgğhxıijkqlmnoöprsştuüvwyz";
const EN: &str = "abcdefghijklmnopqrstuvwxyz";
const RU: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

const SEPARATOR: u32 = 0;
const DIGITS: u32 = 1;
const LETTERS: u32 = DIGITS + 10;
/// Characters outside the alphabet, after its letters by code point.
const OTHER: u32 = LETTERS + 64;

/// `lang`'s alphabetical order; texts that differ only in case or
/// diacritics are ordered by code point, so the order is total.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    weights(lang, a).cmp(weights(lang, b)).then_with(|| a.cmp(b))
}

/// Names in `lang`'s alphabetical order of their labels (the code breaks a
/// tie), for a `<select>`: what search lists for an empty query, so the
/// browser carries one copy of the sort's code.
pub fn sorted<'a>(lang: Lang, names: &[Name<'a>]) -> Vec<Name<'a>> {
    super::search(lang, "", names, &[])
}

fn weights(lang: Lang, text: &str) -> impl Iterator<Item = u32> + '_ {
    let mut after_separator = true;
    text.chars().filter_map(move |c| {
        if is_apostrophe(c) {
            None
        } else if !is_word_char(c) || is_combining(c) {
            let first = !after_separator;
            after_separator = true;
            first.then_some(SEPARATOR)
        } else {
            after_separator = false;
            Some(weight(lang, c))
        }
    })
}

fn weight(lang: Lang, c: char) -> u32 {
    if let Some(d) = c.to_digit(10) {
        return DIGITS + d;
    }
    let alphabet = match lang {
        Lang::Az => AZ,
        Lang::En => EN,
        Lang::Ru => RU,
    };
    let c = lower(lang, c);
    let letter = if alphabet.contains(c) { c } else { base(c) };
    match alphabet.chars().position(|l| l == letter) {
        Some(i) => LETTERS + i as u32,
        None => OTHER + letter as u32,
    }
}

fn lower(lang: Lang, c: char) -> char {
    match (lang, c) {
        // Azerbaijani's capital I is dotless ı's; İ is i's in every language
        // (Unicode's lower case of İ is two characters).
        (Lang::Az, 'I') => 'ı',
        (_, 'İ') => 'i',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The base letter of a lower-case Latin letter with a diacritic.
fn base(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ə' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Space-separated words in `lang`'s order.
    fn order(lang: Lang, words: &str) -> String {
        let mut v: Vec<&str> = words.split(' ').collect();
        v.sort_by(|a, b| compare(lang, a, b));
        v.join(" ")
    }

    #[test]
    fn azerbaijani_alphabet() {
        assert_eq!(
            order(
                Lang::Az,
                "Çin Cibuti Əfqanıstan Ekvador Fransa Xorvatiya Honduras İraq Iza Qatar Kuba Latviya"
            ),
            "Cibuti Çin Ekvador Əfqanıstan Fransa Honduras Xorvatiya Iza İraq Kuba Qatar Latviya"
        );
    }

    #[test]
    fn russian_alphabet_puts_yo_after_ye() {
        assert_eq!(order(Lang::Ru, "Ёлка Ея Ж Ее Йемен Иран"), "Ее Ея Ёлка Ж Иран Йемен");
    }

    #[test]
    fn english_sorts_diacritics_with_their_base_letter() {
        assert_eq!(
            order(Lang::En, "Austria Åland Albania Curaçao Cuba Cyprus Qatar Kenya"),
            "Åland Albania Austria Cuba Curaçao Cyprus Kenya Qatar"
        );
    }

    #[test]
    fn separators_sort_first_and_apostrophes_count_as_nothing() {
        assert_eq!(
            order(Lang::En, "Guinea-Bissau Guinea Guineas"),
            "Guinea Guinea-Bissau Guineas"
        );
        assert_eq!(
            weights(Lang::Az, "Kotd’ivuar").collect::<Vec<_>>(),
            weights(Lang::Az, "Kotdivuar").collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_name_sorts_by_its_alphabet_not_by_code_point() {
        for lang in Lang::ALL {
            for name in super::super::names::of(lang) {
                for text in std::iter::once(&name.label).chain(name.aliases) {
                    let unknown: Vec<char> = text
                        .chars()
                        .filter(|&c| is_word_char(c) && weight(lang, c) >= OTHER)
                        .collect();
                    assert!(
                        unknown.is_empty(),
                        "{lang:?} {text:?}: {unknown:?} (add to the alphabet or base())"
                    );
                }
            }
        }
    }

    proptest! {
        #[test]
        fn a_total_order(a in "\\PC{0,12}", b in "\\PC{0,12}", lang in 0usize..3) {
            let lang = Lang::ALL[lang];
            prop_assert_eq!(compare(lang, &a, &b), compare(lang, &b, &a).reverse());
            prop_assert_eq!(compare(lang, &a, &b) == Ordering::Equal, a == b);
        }
    }
}
