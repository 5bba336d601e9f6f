//! Phone numbers as people write them, answered in E.164 (`+994501234567`).
//!
//! An Azerbaijani number is checked against the national numbering plan. A
//! foreign one must be written with `+` or `00` and its country code, and is
//! checked only against the country calling codes and the lengths of that
//! country's numbers (`phone/calling_codes.rs`), not against its own plan.
//! Google's libphonenumber is the reference: `tests/phone/verdicts.py`
//! records its verdicts and `crates/core/tests/phone_verdicts.rs` compares.
//! No regex or phone crate: this runs in the browser's wasm, where these
//! tables cost about 2 KB and libphonenumber's full metadata far more.

use super::{required, Code};

mod calling_codes;
use calling_codes::CALLING_CODES;

/// The digits dialled before a national number at home, which people also
/// write after the country code (`+44 (0)20 …`, `+7 8 495 …`).
#[derive(Debug, Clone, Copy)]
enum Trunk {
    None,
    Zero,
    ZeroSix,
    One,
    Eight,
}

impl Trunk {
    fn digits(self) -> &'static str {
        match self {
            Trunk::None => "",
            Trunk::Zero => "0",
            Trunk::ZeroSix => "06",
            Trunk::One => "1",
            Trunk::Eight => "8",
        }
    }
}

/// Azerbaijan's country calling code.
const AZ: &str = "994";

/// Every Azerbaijani national number has nine digits.
const AZ_LENGTH: usize = 9;

/// The starts of the Azerbaijani national numbers in use: libphonenumber's
/// metadata for AZ (phonenumbers 9.0.43), whose patterns are, for mobile
/// `36554\d{4}|(?:[16]0|4[04]|5[015]|7[07]|99)\d{7}`, fixed line
/// `(?:2[12]428|3655[02])\d{4}|(?:2(?:22[0-79]|63[0-28])|3654)\d{5}|(?:(?:1[28]|46)\d|2(?:[014-6]2|[23]3))\d{6}`,
/// toll-free `88\d{7}` and premium rate `900200\d{3}`, all nine digits.
/// libphonenumber calls all four valid, and so does this. The test checks
/// every six-digit start against libphonenumber's verdicts.
const AZ_STARTS: &[&str] = &[
    // Mobile.
    "10", "40", "44", "50", "51", "55", "60", "70", "77", "99", "36554",
    // Fixed line: 12 Baku, 18 Sumgayit, 2x and 36 the regions and Nakhchivan.
    "12", "18", "46", "202", "212", "242", "252", "262", "223", "233", "21428", "22428", "2220", "2221", "2222", "2223",
    "2224", "2225", "2226", "2227", "2229", "2630", "2631", "2632", "2638", "3654", "36550", "36552",
    // Toll-free and premium rate.
    "88", "900200",
];

/// More digits than any number written with `00`, a country code and a
/// trunk prefix can have; longer text is not read further.
const MAX_DIGITS: usize = 20;

/// A phone number, Azerbaijani or foreign, in E.164.
///
/// Written with digits (also Arabic-Indic, Persian and full-width ones),
/// spaces of any kind (also no-break), hyphens and dashes, dots, slashes and
/// brackets, one `+` before the first digit, and the invisible direction
/// marks that copying from a phone's contacts adds. Letters, extensions and
/// other text are refused (`phone-format`).
///
/// Without `+` or `00`, the number must be Azerbaijani: nine digits, with or
/// without the trunk 0 (`050 123 45 67`, `50 123 45 67`) or with 994 before
/// them (`994501234567`). Nine digits outside the numbering plan are
/// `phone-not-allocated`; anything else is `phone-format`, whose message
/// asks for `+` and the country code.
pub fn phone(raw: &str) -> Result<String, Code> {
    let (plus, digits) = read(required(raw)?).ok_or(Code::PhoneFormat)?;
    if plus {
        international(&digits)
    } else if let Some(after) = digits.strip_prefix("00") {
        international(after)
    } else {
        national(&digits)
    }
}

/// Whether the number starts with a plus, and its digits in ASCII; `None`
/// if something other than a digit, a plus or a separator is in it.
fn read(text: &str) -> Option<(bool, String)> {
    let mut plus = false;
    let mut digits = String::new();
    for c in text.chars() {
        if let Some(d) = digit(c) {
            if digits.len() == MAX_DIGITS {
                return None;
            }
            digits.push(d);
        } else if matches!(c, '+' | '＋') {
            if plus || !digits.is_empty() {
                return None;
            }
            plus = true;
        } else if !is_separator(c) {
            return None;
        }
    }
    (!digits.is_empty()).then_some((plus, digits))
}

/// A decimal digit of the scripts people in Azerbaijan type numbers in, as ASCII.
fn digit(c: char) -> Option<char> {
    let zero = match c {
        '0'..='9' => '0',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        '０'..='９' => '０',
        _ => return None,
    };
    char::from_digit(u32::from(c) - u32::from(zero), 10)
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '‐'..='―' | '−' | '.' | '/' | '(' | ')'
            // Soft hyphen, zero-width spaces and joiners, direction marks.
            | '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{feff}'
        )
}

/// A number after `+` or `00`: country code, then the national number.
fn international(digits: &str) -> Result<String, Code> {
    // Country codes are a prefix code: no code starts another.
    let (code, trunk, lengths) = (1..=3)
        .filter_map(|n| {
            digits
                .get(..n)
                .filter(|code| !code.starts_with('0'))?
                .parse::<u16>()
                .ok()
        })
        .find_map(|code| CALLING_CODES.iter().find(|(c, _, _)| *c == code))
        .copied()
        .ok_or(Code::PhoneFormat)?;
    let code_text = code.to_string();
    let mut national = &digits[code_text.len()..];
    if code_text == AZ {
        return azerbaijani(national);
    }
    let possible = |n: &str| n.len() < 32 && lengths & (1 << n.len()) != 0;
    // Drop trunk prefixes written after the code while what remains is a
    // possible length, as libphonenumber does once; again, so that the
    // answer reads back as itself.
    while let Some(rest) = national
        .strip_prefix(trunk.digits())
        .filter(|r| r.len() < national.len())
    {
        if !possible(rest) {
            break;
        }
        national = rest;
    }
    if possible(national) {
        Ok(format!("+{code}{national}"))
    } else {
        Err(Code::PhoneFormat)
    }
}

/// A number written without `+` or `00`: Azerbaijani, with or without the
/// trunk 0, or with 994 before it.
fn national(digits: &str) -> Result<String, Code> {
    let after_code = digits
        .strip_prefix(AZ)
        .filter(|rest| trunk_dropped(rest).len() == AZ_LENGTH);
    azerbaijani(after_code.unwrap_or(digits))
}

/// The national number without the trunk 0 when one was written before its
/// nine digits.
fn trunk_dropped(national: &str) -> &str {
    match national.strip_prefix('0') {
        Some(rest) if rest.len() == AZ_LENGTH => rest,
        _ => national,
    }
}

fn azerbaijani(national: &str) -> Result<String, Code> {
    let national = trunk_dropped(national);
    // A 0 before eight digits is the trunk prefix before too short a number.
    if national.len() != AZ_LENGTH || national.starts_with('0') {
        Err(Code::PhoneFormat)
    } else if AZ_STARTS.iter().any(|start| national.starts_with(start)) {
        Ok(format!("+{AZ}{national}"))
    } else {
        Err(Code::PhoneNotAllocated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn azerbaijani_numbers_as_people_write_them() {
        for written in [
            "+994 50 123 45 67",
            "050 123 45 67",
            "(050) 123-45-67",
            "00994 50 1234567",
            "994501234567",
            "50 123 45 67",
            "+994\u{a0}50\u{a0}123\u{a0}45\u{a0}67",
            "050\u{202f}123\u{202f}45\u{202f}67",
            "050.123.45.67",
            "+994 (0) 50 123 45 67",
            "(+994) 50 123 45 67",
            "\u{202a}+994 50 123 45 67\u{202c}",
            "۰۵۰۱۲۳۴۵۶۷",
            "０５０ １２３ ４５ ６７",
        ] {
            assert_eq!(phone(written), Ok("+994501234567".into()), "{written:?}");
        }
        assert_eq!(phone("(012) 498 76 54"), Ok("+994124987654".into()));
        assert_eq!(phone("+994 36 554 12 34"), Ok("+994365541234".into()));
    }

    #[test]
    fn numbers_outside_the_plan_or_the_shape() {
        assert_eq!(phone(""), Err(Code::Required));
        // Nine digits, but no such range: 30, 56, 65, 36555.
        for unallocated in [
            "030 123 45 67",
            "+994 56 123 45 67",
            "065 123 45 67",
            "+994 36 555 12 34",
        ] {
            assert_eq!(phone(unallocated), Err(Code::PhoneNotAllocated), "{unallocated}");
        }
        for bad in [
            "050 123 45 6",
            "050 123 45 678",
            "8 050 123 45 67",
            "+994 50 123 45",
            "050 123 45 6A",
            "050-FLOWERS",
            "tel:+994501234567",
            "+994 50 123 45 67 ext 12",
            "++994501234567",
            "050 123 45 67 +",
            "050,123,45,67",
            "+",
            "()",
            "+999 123 456 789",
            "+01 202 555 0123",
        ] {
            assert_eq!(phone(bad), Err(Code::PhoneFormat), "{bad:?}");
        }
    }

    #[test]
    fn foreign_numbers_need_their_country_code() {
        assert_eq!(phone("+44 20 7946 0958"), Ok("+442079460958".into()));
        assert_eq!(phone("0044 20 7946 0958"), Ok("+442079460958".into()));
        assert_eq!(phone("+44 (0)20 7946 0958"), Ok("+442079460958".into()));
        assert_eq!(phone("+7 495 123-45-67"), Ok("+74951234567".into()));
        assert_eq!(phone("+7 8 812 123 45 67"), Ok("+78121234567".into()));
        assert_eq!(phone("+90 0532 123 45 67"), Ok("+905321234567".into()));
        assert_eq!(phone("+39 06 6982 1234"), Ok("+390669821234".into()));
        // Written as at home, without the code: not Azerbaijani-shaped.
        assert_eq!(phone("020 7946 0958"), Err(Code::PhoneFormat));
        assert_eq!(phone("1 201 555 0123"), Err(Code::PhoneFormat));
        // Lengths the country does not use, or longer than E.164's 15 digits.
        assert_eq!(phone("+44 20 7946 09581"), Err(Code::PhoneFormat));
        assert_eq!(phone("+1 202 555 01234"), Err(Code::PhoneFormat));
        assert_eq!(phone("+49 30 1234567890123"), Err(Code::PhoneFormat));
    }

    proptest! {
        #[test]
        fn phones_never_panic_and_keep_what_they_accept(
            s in prop_oneof![
                "\\PC{0,64}",
                "[+0 ]{0,3}[0-9 ()\u{a0}\u{202f}.-]{0,20}",
                "\\+[0-9]{1,3} ?0?[0-9 ]{3,16}",
                "[\\p{Nd}\\p{Cc}\\p{Cf}+ ]{0,24}",
            ]
        ) {
            if let Ok(e164) = phone(&s) {
                prop_assert!(e164.len() <= 16, "{}", e164);
                prop_assert_eq!(phone(&e164), Ok(e164.clone()));
            }
        }
    }
}
