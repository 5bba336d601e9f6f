//! Numbers that identify a person or a document: passport, FIN, a
//! foreigner's personal code, residence permit cards and stay decisions.
//! Each is taken as people type it (spaces, lower case) and kept in the one
//! form it is printed in.

use super::{required, Code};

/// A passport or other travel document number: ICAO 9303 allows letters and
/// digits; people type spaces and lower case, which are dropped and raised.
pub fn passport_number(raw: &str) -> Result<String, Code> {
    let compact: String = required(raw)?
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>();
    // Upper-casing first would turn `ß` into `SS` and `ı` into `I`: another number.
    if !compact.is_ascii() {
        return Err(Code::PassportNumberFormat);
    }
    let compact = compact.to_ascii_uppercase();
    if compact.chars().count() > 20 {
        return Err(Code::TooLong);
    }
    let ok = compact.len() >= 5 && compact.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if ok {
        Ok(compact)
    } else {
        Err(Code::PassportNumberFormat)
    }
}

/// The value's letters and digits, spaces dropped and letters raised; `None`
/// if anything else is in it. Only ASCII: upper-casing first would turn `ı`
/// into `I` and `ß` into `SS`, which are other numbers.
fn compact_upper(raw: &str) -> Result<Option<String>, Code> {
    let compact: String = required(raw)?.chars().filter(|c| !c.is_whitespace()).collect();
    Ok(compact
        .bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| compact.to_ascii_uppercase()))
}

/// A citizen's FIN (personal identification number): seven Latin letters
/// and digits, without the letters I and O, which it never uses (O is always
/// the digit 0). `5zhj 6k2` → `5ZHJ6K2`.
pub fn fin(raw: &str) -> Result<String, Code> {
    match compact_upper(raw)? {
        Some(fin) if fin.len() == 7 && !fin.contains(['I', 'O']) => Ok(fin),
        _ => Err(Code::FinFormat),
    }
}

/// A foreigner's personal code, the UMIS PIN printed on a residence permit
/// card: five or six Latin letters and digits. Normalised like a FIN.
pub fn personal_code(raw: &str) -> Result<String, Code> {
    match compact_upper(raw)? {
        Some(code) if (5..=6).contains(&code.len()) => Ok(code),
        _ => Err(Code::PersonalCodeFormat),
    }
}

/// A residence permit card's number: the series `MYİ` (temporary) or `DYİ`
/// (permanent) and seven digits, `MYİ1234567`, with the dotted capital İ
/// (U+0130) it is printed with.
///
/// The series' third letter is taken as any I people type for it: `I` (no
/// Azerbaijani keyboard), `i` (Azerbaijani lower case of İ), `ı` (lower case
/// of a typed I), and either followed by U+0307 (İ decomposed, as macOS
/// pastes it, or lower-cased without the Azerbaijani rules, as JavaScript
/// does). No other series starts with MY or DY, so none of these can mean
/// another card. One space may stand before the digits.
pub fn permit_card_number(raw: &str) -> Result<String, Code> {
    let t = required(raw)?;
    let mut chars = t.chars();
    let series = match (chars.next(), chars.next(), chars.next()) {
        (Some('M' | 'm'), Some('Y' | 'y'), Some('I' | 'İ' | 'i' | 'ı')) => "MYİ",
        (Some('D' | 'd'), Some('Y' | 'y'), Some('I' | 'İ' | 'i' | 'ı')) => "DYİ",
        _ => return Err(Code::PermitNumberFormat),
    };
    let rest = chars.as_str();
    let rest = rest.strip_prefix('\u{307}').unwrap_or(rest);
    seven_digits(rest)
        .map(|digits| format!("{series}{digits}"))
        .ok_or(Code::PermitNumberFormat)
}

/// The number of a decision extending a temporary stay: `MOM` and seven
/// digits, in any case, one space allowed between. `mom 1234567` → `MOM1234567`.
pub fn stay_decision_number(raw: &str) -> Result<String, Code> {
    let t = required(raw)?;
    t.get(..3)
        .filter(|series| series.eq_ignore_ascii_case("MOM"))
        .and_then(|_| seven_digits(&t[3..]))
        .map(|digits| format!("MOM{digits}"))
        .ok_or(Code::DecisionNumberFormat)
}

/// Seven ASCII digits after at most one space.
fn seven_digits(rest: &str) -> Option<&str> {
    let digits = rest.strip_prefix(char::is_whitespace).unwrap_or(rest);
    (digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn passport_numbers() {
        assert_eq!(passport_number(" c01x 00t4-7 "), Ok("C01X00T47".into()));
        assert_eq!(passport_number(""), Err(Code::Required));
        assert_eq!(passport_number("AB12"), Err(Code::PassportNumberFormat));
        assert_eq!(passport_number("AB12345$"), Err(Code::PassportNumberFormat));
        assert_eq!(passport_number("ÄB123456"), Err(Code::PassportNumberFormat));
        // Letters whose upper case is other ASCII letters are not those letters.
        for lookalike in ["ßA12345", "ıA12345", "ﬁ123456", "ſ1234567"] {
            assert_eq!(
                passport_number(lookalike),
                Err(Code::PassportNumberFormat),
                "{lookalike}"
            );
        }
        assert_eq!(passport_number(&"1".repeat(21)), Err(Code::TooLong));
    }

    #[test]
    fn fins() {
        // The reference's strict pattern: ^[0-9A-HJ-NP-Z]{7}$, upper-cased first.
        assert_eq!(fin("5ZHJ6K2"), Ok("5ZHJ6K2".into()));
        assert_eq!(fin(" 5zhj 6k2 "), Ok("5ZHJ6K2".into()));
        assert_eq!(fin("5zhj\u{a0}6k2"), Ok("5ZHJ6K2".into()));
        assert_eq!(fin("0000000"), Ok("0000000".into()));
        assert_eq!(fin(""), Err(Code::Required));
        for bad in [
            "5ZHJ6K", "5ZHJ6K23", "5ZHI6K2", "5ZHO6K2", "5zhj-6k2", "5ZHJ6K²", "5ZHJ6Kı", "ЅZHJ6K2",
        ] {
            assert_eq!(fin(bad), Err(Code::FinFormat), "{bad}");
        }
    }

    #[test]
    fn personal_codes() {
        assert_eq!(personal_code("7ab2c"), Ok("7AB2C".into()));
        assert_eq!(personal_code("1a2 b3c"), Ok("1A2B3C".into()));
        assert_eq!(personal_code(" "), Err(Code::Required));
        for bad in ["AB12", "AB12345", "AB1-2C", "ÄB12C"] {
            assert_eq!(personal_code(bad), Err(Code::PersonalCodeFormat), "{bad}");
        }
    }

    #[test]
    fn permit_cards() {
        for written in [
            "MYİ1234567",
            "MYİ 1234567",
            "MYI1234567",
            "myi1234567",
            "myı 1234567",
            "MYI\u{307}1234567",
            "myi\u{307}1234567",
            " MYİ\u{a0}1234567 ",
        ] {
            assert_eq!(permit_card_number(written), Ok("MYİ1234567".into()), "{written}");
        }
        assert_eq!(permit_card_number("DYİ7654321"), Ok("DYİ7654321".into()));
        assert_eq!(permit_card_number("dyi 7654321"), Ok("DYİ7654321".into()));
        for bad in [
            "MYİ123456",
            "MYİ12345678",
            "MYİ  1234567",
            "MYİ-1234567",
            "MY1234567",
            "AYİ1234567",
            "МYİ1234567", // Cyrillic М
            "MYİ123456٧",
            "MOM1234567",
        ] {
            assert_eq!(permit_card_number(bad), Err(Code::PermitNumberFormat), "{bad}");
        }
    }

    #[test]
    fn stay_decisions() {
        assert_eq!(stay_decision_number("MOM1234567"), Ok("MOM1234567".into()));
        assert_eq!(stay_decision_number("mom 1234567"), Ok("MOM1234567".into()));
        assert_eq!(stay_decision_number("Mom\u{202f}1234567"), Ok("MOM1234567".into()));
        for bad in [
            "MOM123456",
            "MOM 12345678",
            "MOM  1234567",
            "M0M1234567",
            "MYİ1234567",
            "İOM1234567",
        ] {
            assert_eq!(stay_decision_number(bad), Err(Code::DecisionNumberFormat), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn identity_rules_never_panic_and_keep_what_they_accept(
            s in prop_oneof!["\\PC{0,64}", "[mMdDyYoOıiIİ\u{307} 0-9]{0,14}", "[a-zA-Z0-9 \u{a0}]{0,12}"]
        ) {
            for rule in [passport_number, fin, personal_code, permit_card_number, stay_decision_number] {
                if let Ok(canonical) = rule(&s) {
                    prop_assert_eq!(rule(&canonical), Ok(canonical.clone()));
                }
            }
        }
    }
}
