//! Citizenships as ISO 3166-1 alpha-3 codes, the form machine-readable travel
//! documents use, plus ICAO 9303's codes for people without one: XXA
//! (stateless), XXB (refugee under the 1951 Convention), XXC (other refugee).
//! The picker's data: each country's CLDR names per language (`names`), its
//! search (`search`) and its alphabetical list (`sorted`).

mod codes;
mod collate;
mod find;
pub mod names;

pub use codes::{CODES, NON_NATIONAL};
pub use collate::{compare, sorted};
pub use find::search;
pub use names::Name;

include!(concat!(env!("OUT_DIR"), "/country_codes.rs"));

/// True for an upper-case code a person may hold as citizenship status.
pub fn is_citizenship(code: &str) -> bool {
    CODES.binary_search(&code).is_ok() || NON_NATIONAL.contains(&code)
}

/// A country's ISO 3166-1 alpha-2 code, from its alpha-3 code (none for the
/// non-national statuses).
pub fn alpha2(alpha3: &str) -> Option<&'static str> {
    CODES.binary_search(&alpha3).ok().map(|i| ALPHA2[i])
}

/// The Fluent message naming a non-national status (`citizenship-xxa` …):
/// CLDR has no name for them, so the picker appends them to a language's
/// table as `Name`s labelled by these messages.
pub fn status_message_id(code: &str) -> Option<String> {
    NON_NATIONAL
        .contains(&code)
        .then(|| format!("citizenship-{}", code.to_ascii_lowercase()))
}

/// Apostrophes, which neither search nor order counts ("Kotd’ivuar").
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// A letter or digit, as search and order count them (apostrophes aside),
/// without Unicode's letter and number tables, which the browser would
/// otherwise download with the picker: ASCII letters and digits, and any
/// character from U+00C0 on (Latin letters with marks, ə, Cyrillic …) but
/// spaces, × and ÷, and the punctuation and symbols of U+2000–U+2BFF and
/// U+3000–U+303F. A test checks it against `char::is_alphanumeric` on every
/// name.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= '\u{c0}'
            && !matches!(c, '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}')
            && !c.is_whitespace())
}

/// Combining diacritics, as a decomposed (NFD) paste carries them.
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_unique_and_complete() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CODES.len(), 249);
        assert!(CODES
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
        for c in ["AZE", "RUS", "TUR", "KAZ", "GEO", "IRN", "USA", "XXA"] {
            assert!(is_citizenship(c), "{c}");
        }
        assert!(!is_citizenship("aze") && !is_citizenship("SUN") && !is_citizenship(""));
        assert_eq!((alpha2("AZE"), alpha2("XXA"), alpha2("aze")), (Some("AZ"), None, None));
        assert_eq!(status_message_id("XXB").as_deref(), Some("citizenship-xxb"));
        assert_eq!(status_message_id("AZE"), None);
    }

    #[test]
    fn word_chars_are_the_letters_and_digits() {
        for lang in crate::Lang::ALL {
            for name in names::of(lang) {
                for c in std::iter::once(&name.label).chain(name.aliases).flat_map(|t| t.chars()) {
                    if !is_apostrophe(c) && !is_combining(c) {
                        assert_eq!(is_word_char(c), c.is_alphanumeric(), "{lang:?} {:?}: {c:?}", name.label);
                    }
                }
            }
        }
        for c in "azAZ09çəğışöüéåñøßёйЖ".chars() {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in " .,;:!?()[]{}&/\\\"-«»—–‐·•×÷№…\u{a0}\u{2009}\u{3000}".chars() {
            assert!(!is_word_char(c), "{c:?}");
        }
    }
}
