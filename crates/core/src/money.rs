//! Amounts in Azerbaijani manats, kept in qəpik (1/100 manat) so no float
//! rounding ever touches a fee. The catalog writes them as decimal strings
//! ("40", "12.50") that an agency editor can read.

use crate::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Azn {
    qepik: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadAmount(pub String);

impl fmt::Display for BadAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an amount in manats with at most two decimals: {:?}", self.0)
    }
}

impl Azn {
    pub const fn from_qepik(qepik: u64) -> Self {
        Azn { qepik }
    }

    pub fn qepik(self) -> u64 {
        self.qepik
    }

    pub fn is_whole(self) -> bool {
        self.qepik.is_multiple_of(100)
    }
}

/// The amount as a reader of `lang` writes it, following CLDR's number and
/// currency patterns: "1.400 AZN" (az), "AZN 1,400" (en), "1 400 AZN" (ru).
/// Qəpik are shown only when there are any. Done here rather than with the
/// browser's `Intl`, because Chromium ships no Azerbaijani number data.
pub fn format(lang: Lang, amount: Azn) -> String {
    const NBSP: char = '\u{a0}';
    let (group, decimal) = match lang {
        Lang::Az => ('.', ','),
        Lang::En => (',', '.'),
        Lang::Ru => (NBSP, ','),
    };
    let digits = (amount.qepik / 100).to_string();
    let mut number = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            number.push(group);
        }
        number.push(d);
    }
    if !amount.is_whole() {
        number.push(decimal);
        number.push_str(&format!("{:02}", amount.qepik % 100));
    }
    match lang {
        Lang::En => format!("AZN{NBSP}{number}"),
        Lang::Az | Lang::Ru => format!("{number}{NBSP}AZN"),
    }
}

impl FromStr for Azn {
    type Err = BadAmount;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadAmount(s.to_owned());
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || (s.contains('.') && !digits(frac)) || frac.len() > 2 {
            return Err(bad());
        }
        let whole: u64 = whole.parse().map_err(|_| bad())?;
        let frac: u64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
        whole
            .checked_mul(100)
            .and_then(|q| q.checked_add(frac))
            .map(Azn::from_qepik)
            .ok_or_else(bad)
    }
}

impl fmt::Display for Azn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.qepik / 100, self.qepik % 100)
    }
}

impl Serialize for Azn {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Azn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_catalog_amounts() {
        assert_eq!("40".parse::<Azn>().unwrap().qepik(), 4000);
        assert_eq!("12.5".parse::<Azn>().unwrap().qepik(), 1250);
        assert_eq!("0.05".parse::<Azn>().unwrap().qepik(), 5);
        assert!("1400".parse::<Azn>().unwrap().is_whole());
    }

    #[test]
    fn rejects_what_is_not_a_fee() {
        for bad in [
            "",
            "-5",
            "1.234",
            "1,5",
            "abc",
            ".5",
            "5.",
            "1e3",
            " 5",
            "99999999999999999999",
        ] {
            assert!(bad.parse::<Azn>().is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn formats_by_language() {
        let a = |s: &str| s.parse::<Azn>().unwrap();
        assert_eq!(format(Lang::Az, a("1400")), "1.400\u{a0}AZN");
        assert_eq!(format(Lang::En, a("1400")), "AZN\u{a0}1,400");
        assert_eq!(format(Lang::Ru, a("1400")), "1\u{a0}400\u{a0}AZN");
        assert_eq!(format(Lang::Az, a("40")), "40\u{a0}AZN");
        assert_eq!(format(Lang::Az, a("12.5")), "12,50\u{a0}AZN");
        assert_eq!(format(Lang::En, a("1234567.05")), "AZN\u{a0}1,234,567.05");
        assert_eq!(format(Lang::Ru, a("0")), "0\u{a0}AZN");
    }

    proptest! {
        #[test]
        fn formatting_keeps_every_digit(q in 0u64..10_000_000_000, lang in 0usize..3) {
            let a = Azn::from_qepik(q);
            let digits: String = format(Lang::ALL[lang], a).chars().filter(char::is_ascii_digit).collect();
            let expected = if a.is_whole() { (q / 100).to_string() } else { format!("{}{:02}", q / 100, q % 100) };
            prop_assert_eq!(digits, expected);
        }

        #[test]
        fn display_round_trips(q in 0u64..10_000_000_000) {
            let a = Azn::from_qepik(q);
            prop_assert_eq!(a.to_string().parse::<Azn>(), Ok(a));
        }
    }
}
