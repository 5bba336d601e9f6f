//! Parts of an Azerbaijani address.

use super::{required, Code};

/// An Azerbaijani postal code: `AZ` and four digits, `AZ1000`. Taken as
/// written on letters and forms (`AZ 1000`, `az1000`, `AZ-1000`) and as the
/// four digits alone, which the form's `AZ` beside the box invites and which
/// can mean nothing else. Only the shape is checked: no public list of the
/// codes in use was found.
pub fn postal_code(raw: &str) -> Result<String, Code> {
    let t = required(raw)?;
    let digits = match t.get(..2) {
        Some(prefix) if prefix.eq_ignore_ascii_case("AZ") => {
            let rest = &t[2..];
            rest.strip_prefix(|c: char| c.is_whitespace() || c == '-')
                .unwrap_or(rest)
        }
        _ => t,
    };
    if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(format!("AZ{digits}"))
    } else {
        Err(Code::PostalCodeFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn postal_codes() {
        for written in ["AZ1000", "AZ 1000", "az1000", "Az-1000", "1000", " AZ\u{a0}1000 "] {
            assert_eq!(postal_code(written), Ok("AZ1000".into()), "{written}");
        }
        assert_eq!(postal_code(""), Err(Code::Required));
        for bad in [
            "AZ100",
            "AZ10000",
            "AZ  1000",
            "AZ 10 00",
            "AZE1000",
            "A1000",
            "АZ1000",
            "AZ１０００",
            "100",
        ] {
            assert_eq!(postal_code(bad), Err(Code::PostalCodeFormat), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn postal_codes_never_panic_and_keep_what_they_accept(
            s in prop_oneof!["\\PC{0,64}", "[aAzZ \u{a0}-]{0,3}[0-9]{3,5}"]
        ) {
            if let Ok(code) = postal_code(&s) {
                prop_assert_eq!(postal_code(&code), Ok(code.clone()));
            }
        }
    }
}
