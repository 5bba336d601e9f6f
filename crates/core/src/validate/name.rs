//! People's names, as they will be printed on a permit or a decision.

use super::{nfc::nfc, required, Code};

/// The longest name, in characters once composed.
const MAX: usize = 100;

/// A given name or family name, written in the Latin alphabet (Azerbaijani
/// ə ğ ı İ ö ş ç ü, and the letters with diacritics of other languages:
/// é, ñ, ß, ț, ễ …) or the Cyrillic one, with the spaces, hyphens,
/// apostrophes (' ’ ʻ ʼ) and full stops names contain; at most 100 characters.
/// Answers it in NFC, spaces collapsed to one, so the same name typed on
/// different devices is the same text.
///
/// Latin and Cyrillic in one name are refused: their lookalike letters (Latin
/// `a`, `o`, `e`, Cyrillic `а`, `о`, `е`) mixed in one name are a keyboard
/// left in the other layout or an attempt to pass for someone else. Other
/// scripts, digits, symbols, emoji and control characters are refused too,
/// and so are combining marks that do not follow a letter or come more than
/// two to a letter (a mark with no precomposed letter, like Cyrillic stress,
/// stays a mark after NFC; a pile of them is not a name).
pub fn person_name(raw: &str) -> Result<String, Code> {
    let trimmed = required(raw)?;
    // NFC joins at most three code points into one letter: anything longer
    // than three times the limit cannot fit, so it is not composed at all.
    if trimmed.chars().count() > 3 * MAX {
        return Err(Code::TooLong);
    }
    let name = nfc(trimmed).split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() > MAX {
        return Err(Code::TooLong);
    }
    let mut script = None;
    // Marks since the last letter; `None` where no letter precedes.
    let mut marks: Option<u8> = None;
    for c in name.chars() {
        if let Some(s) = script_of(c) {
            if *script.get_or_insert(s) != s {
                return Err(Code::NameCharacters);
            }
            marks = Some(0);
        } else if ('\u{300}'..='\u{333}').contains(&c) {
            marks = match marks {
                Some(n) if n < 2 => Some(n + 1),
                _ => return Err(Code::NameCharacters),
            };
        } else if matches!(c, ' ' | '-' | '\'' | '’' | 'ʻ' | 'ʼ' | '.') {
            marks = None;
        } else {
            return Err(Code::NameCharacters);
        }
    }
    if script.is_some() {
        Ok(name)
    } else {
        Err(Code::NameCharacters)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    match c {
        // ǀ ǁ ǂ ǃ are click letters that pass for | and !.
        '\u{1C0}'..='\u{1C3}' => None,
        // Latin-1 letters to IPA Extensions, where ə is; Latin Extended Additional.
        'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{2AF}' | '\u{1E00}'..='\u{1EFF}' => Some(Script::Latin),
        '\u{400}'..='\u{52F}' => Some(Script::Cyrillic),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_in_latin_or_cyrillic() {
        assert_eq!(person_name("  Əli   Məmmədov "), Ok("Əli Məmmədov".into()));
        assert_eq!(person_name("Анна-Мария"), Ok("Анна-Мария".into()));
        assert_eq!(person_name("O’Neil"), Ok("O’Neil".into()));
        assert_eq!(person_name("İlahə Şükürova-Çələbi"), Ok("İlahə Şükürova-Çələbi".into()));
        assert_eq!(person_name("José María Núñez"), Ok("José María Núñez".into()));
        assert_eq!(person_name("Nguyễn Thị Ngọc"), Ok("Nguyễn Thị Ngọc".into()));
        assert_eq!(person_name("Oʻktam"), Ok("Oʻktam".into()));
        assert_eq!(person_name("Jr."), Ok("Jr.".into()));
        assert_eq!(person_name("Ёлкина\u{a0}Йоханна"), Ok("Ёлкина Йоханна".into()));
        // Stress marks have no precomposed Cyrillic letter: the mark stays.
        assert_eq!(person_name("Ива\u{301}нов"), Ok("Ива\u{301}нов".into()));
        assert_eq!(person_name("R2D2"), Err(Code::NameCharacters));
        assert_eq!(person_name("--"), Err(Code::NameCharacters));
        assert_eq!(person_name(&"a".repeat(101)), Err(Code::TooLong));
        assert_eq!(person_name(&"a".repeat(100)), Ok("a".repeat(100)));
        assert_eq!(person_name(&"b".repeat(301)), Err(Code::TooLong));
        assert_eq!(person_name("\t"), Err(Code::Required));
    }

    #[test]
    fn names_are_composed() {
        // Decomposed, as a Mac pastes them, or precomposed: the same text.
        assert_eq!(person_name("Me\u{301}lanie"), Ok("Mélanie".into()));
        assert_eq!(person_name("S\u{327}u\u{308}kru\u{308}"), Ok("Şükrü".into()));
        assert_eq!(person_name("I\u{307}lham"), Ok("İlham".into()));
        assert_eq!(person_name("Nguye\u{302}\u{303}n"), Ok("Nguyễn".into()));
        // Marks in the other canonical order compose the same way.
        assert_eq!(person_name("Ngo\u{323}\u{302}c"), person_name("Ngo\u{302}\u{323}c"));
        assert_eq!(person_name("и\u{306}ог"), Ok("йог".into()));
        // A decomposed name of 101 letters composes to 101: too long.
        assert_eq!(person_name(&"e\u{301}".repeat(101)), Err(Code::TooLong));
        assert_eq!(person_name(&"e\u{301}".repeat(100)), Ok("é".repeat(100)));
    }

    #[test]
    fn other_scripts_and_mixtures_are_refused() {
        for bad in [
            "Анна Maria",
            "Aлиев",   // Latin A, Cyrillic лиев
            "Мaмедов", // Cyrillic М, Latin a
            "علي",
            "李小龍",
            "Ἀλέξανδρος",
            "Ali😀",
            "Ali\u{200b}yev",
            "Ali\u{0}",
            "Ali\u{ad}yev",
            "ǃKung",
            "ª",
            "µ",
            "\u{301}Ali",
            "Ali - \u{301}",
            "A\u{301}\u{302}\u{303}\u{304}li",
            "A\u{336}li",
            "Ali\u{483}",
            "Ali_Vəli",
            "Ali,Vəli",
        ] {
            assert_eq!(person_name(bad), Err(Code::NameCharacters), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn names_never_panic_and_keep_what_they_accept(
            s in prop_oneof![
                "\\PC{0,64}",
                "\\PC{0,8}[\u{300}-\u{36f}\u{483}-\u{489}]{0,4}\\PC{0,8}",
                "[a-zA-Zəğıİöşçü\u{c0}-\u{2af}\u{400}-\u{4ff} '’.-]{0,12}[\u{300}-\u{36f}]{0,3}[a-zə\u{400}-\u{4ff}]{0,4}",
                "[\\PC\\p{Cc}\\p{Cf}]{0,16}",
            ]
        ) {
            if let Ok(name) = person_name(&s) {
                prop_assert_eq!(person_name(&name), Ok(name.clone()));
            }
        }
    }
}
