//! Search folding: people type without Azerbaijani or Russian diacritics
//! ("muraciet" for "müraciət", "Ismayilli" for "İsmayıllı", "еж" for "ёж"),
//! so both the query and the text are folded to a plain form before matching.

/// Folds one character to its plain lower-case search form. Several
/// characters may fold to the same one; the mapping is deliberately lossy.
fn fold_char(c: char, out: &mut String) {
    let folded = match c {
        // Dotted and dotless i in both cases: Turkic case rules differ from
        // Unicode's default, and users type either.
        'İ' | 'I' | 'ı' | 'i' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ə' | 'ə' | 'Ä' | 'ä' | 'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' => 'e',
        'Ü' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'ù' | 'ú' | 'û' => 'u',
        'Ö' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'ò' | 'ó' | 'ô' => 'o',
        'Ğ' | 'ğ' => 'g',
        'Ç' | 'ç' => 'c',
        'Ş' | 'ş' => 's',
        'À' | 'Á' | 'Â' | 'à' | 'á' | 'â' => 'a',
        'Ё' | 'ё' => 'е',
        'Й' | 'й' => 'и',
        // A combining dot above is what `'İ'.to_lowercase()` leaves behind.
        '\u{0307}' => return,
        c if c.is_whitespace() || c == '-' || c == '–' || c == '—' => ' ',
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(folded);
}

/// The plain, lower-case form of `text` used for matching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A query, folded once and split into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(raw: &str) -> Self {
        Query {
            words: fold(raw).split_whitespace().map(str::to_owned).collect(),
        }
    }

    /// True when every word of the query occurs in the already folded text,
    /// in any order ("permit work" finds "Work permit").
    pub fn matches(&self, folded_text: &str) -> bool {
        self.words.iter().all(|w| folded_text.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn finds(query: &str, text: &str) -> bool {
        Query::new(query).matches(&fold(text))
    }

    #[test]
    fn azerbaijani_without_diacritics() {
        assert!(finds("qeydiyyat", "Olduğu yer üzrə qeydiyyata alınma"));
        assert!(finds("muraciet", "Müraciətlərin izlənilməsi"));
        assert!(finds("MURACİƏT", "müraciət"));
        assert!(finds("ismayilli", "İsmayıllı"));
        assert!(finds("İSMAYILLI", "ismayilli"));
        assert!(finds("vetendasligin", "Vətəndaşlığın bərpası"));
        assert!(finds("icaze", "İş icazəsi"));
        assert!(finds("ağdam", "AGDAM"));
    }

    #[test]
    fn russian_yo_and_case() {
        assert!(finds("еще", "Ещё"));
        assert!(finds("ЁЖ", "ежедневно"));
        assert!(finds("продление", "ПРОДЛЕНИЕ срока"));
    }

    #[test]
    fn all_words_must_match_in_any_order() {
        assert!(finds("permit work", "Work permit extension"));
        assert!(!finds("permit citizenship", "Work permit extension"));
        assert!(finds("   ", "anything"));
        assert!(!finds("travel", "Work permit"));
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn any_substring_of_a_text_finds_it(s in "[a-zA-ZəƏıİöÖüÜğĞçÇşŞёЁа-яА-Я ]{1,40}", a in 0usize..40, len in 1usize..10) {
            let chars: Vec<char> = s.chars().collect();
            let start = a.min(chars.len() - 1);
            let end = (start + len).min(chars.len());
            let needle: String = chars[start..end].iter().collect();
            prop_assert!(finds(&needle, &s));
        }

        #[test]
        fn case_never_matters(s in "[a-zA-ZəƏıİöÖüÜğĞçÇşŞёЁа-яА-Я]{1,20}") {
            prop_assert!(finds(&s.to_uppercase(), &s.to_lowercase()));
            prop_assert!(finds(&s.to_lowercase(), &s.to_uppercase()));
        }
    }
}
