//! CLDR cardinal plural rules for whole numbers, for the three languages Qapı
//! speaks (the tests check them against `fluent-bundle`'s, from CLDR data).

use crate::Lang;

pub fn category(lang: Lang, n: u64) -> &'static str {
    match lang {
        // az and en: "one" is exactly 1 (for whole numbers).
        Lang::Az | Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            let (last, last_two) = (n % 10, n % 100);
            if last == 1 && last_two != 11 {
                "one"
            } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                "few"
            } else {
                "many"
            }
        }
    }
}
