//! Citizenships as ISO 3166-1 alpha-3 codes, the form machine-readable travel
//! documents use, plus ICAO 9303's codes for people without one: XXA
//! (stateless), XXB (refugee under the 1951 Convention), XXC (other refugee).

mod codes;

pub use codes::{CODES, NON_NATIONAL};

/// True for an upper-case code a person may hold as citizenship status.
pub fn is_citizenship(code: &str) -> bool {
    CODES.binary_search(&code).is_ok() || NON_NATIONAL.contains(&code)
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
    }
}
