//! Search as you type in the citizenship picker. Names and query are folded
//! as the catalog search folds them (`crate::search::fold`: "turkiye" finds
//! Türkiyə, "еще" finds "ещё"); besides, punctuation counts as a space and
//! apostrophes and combining marks as nothing, so "cote divoire" finds Côte
//! d’Ivoire however its letters were typed or pasted.

use super::{alpha2, collate, is_apostrophe, is_combining, is_word_char, Name, CODES, NON_NATIONAL};
use crate::search::fold;
use crate::Lang;

/// How well a citizenship matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The interface language's name (or an alias of it) is the query.
    Exact,
    /// It starts with the query.
    Prefix,
    /// The query is the alpha-3 or alpha-2 code: after names, so "ma" lists
    /// Madagascar and Malaysia before Morocco (MA).
    Code,
    /// One of its later words starts with the query ("korea": South Korea).
    WordPrefix,
    /// Another language's name is, starts with or has a word starting with the query.
    Other,
    /// Every word of the query occurs somewhere in its name or an alias.
    Substring,
    /// …in another language's.
    OtherSubstring,
}

/// The citizenships matching `query`, best first, as `names` (the interface
/// language's, in which the list is shown and ordered) give them; `others`
/// are whichever other languages' tables are at hand, so a name in any of
/// them finds its citizenship. Ties are in `lang`'s alphabetical order; an
/// empty query lists every name in that order.
pub fn search<'a>(lang: Lang, query: &str, names: &[Name<'a>], others: &[&[Name<'_>]]) -> Vec<Name<'a>> {
    let query = key(query);
    let words: Vec<&str> = query.split(' ').collect();

    // The best rank another language gives each citizenship, by its place
    // in `CODES` then `NON_NATIONAL` (a lookup, not a sort: the browser gets
    // one sort's code, the one below).
    let mut elsewhere = vec![None::<Rank>; CODES.len() + NON_NATIONAL.len()];
    if !query.is_empty() {
        for n in others.iter().flat_map(|table| table.iter()) {
            let rank = match rank_texts(n, &query, &words) {
                Some(Rank::Substring) => Rank::OtherSubstring,
                Some(_) => Rank::Other,
                None => continue,
            };
            if let Some(best) = place(n.code).map(|i| &mut elsewhere[i]) {
                *best = Some(best.map_or(rank, |b| b.min(rank)));
            }
        }
    }

    let mut hits: Vec<(Rank, Name<'a>)> = names
        .iter()
        .filter_map(|n| {
            if query.is_empty() {
                return Some((Rank::Exact, *n));
            }
            let code = (query.eq_ignore_ascii_case(n.code)
                || alpha2(n.code).is_some_and(|a2| query.eq_ignore_ascii_case(a2)))
            .then_some(Rank::Code);
            let other = place(n.code).and_then(|i| elsewhere[i]);
            [rank_texts(n, &query, &words), code, other]
                .into_iter()
                .flatten()
                .min()
                .map(|r| (r, *n))
        })
        .collect();
    // Unstable sorting is enough (labels differ, the code breaks any tie) and
    // ships less code to the browser than a stable sort.
    hits.sort_unstable_by(|(ra, a), (rb, b)| {
        ra.cmp(rb)
            .then_with(|| collate::compare(lang, a.label, b.label))
            .then_with(|| a.code.cmp(b.code))
    });
    hits.into_iter().map(|(_, n)| n).collect()
}

/// A citizenship's place in `CODES`, then `NON_NATIONAL`.
fn place(code: &str) -> Option<usize> {
    CODES
        .binary_search(&code)
        .ok()
        .or_else(|| Some(CODES.len() + NON_NATIONAL.iter().position(|c| *c == code)?))
}

/// The best rank of a name's label and aliases for a query already keyed.
fn rank_texts(name: &Name, query: &str, words: &[&str]) -> Option<Rank> {
    std::iter::once(name.label)
        .chain(name.aliases.iter().copied())
        .filter_map(|text| {
            let text = key(text);
            if text == query {
                Some(Rank::Exact)
            } else if text.starts_with(query) {
                Some(Rank::Prefix)
            } else if text.contains(&format!(" {query}")) {
                Some(Rank::WordPrefix)
            } else {
                words.iter().all(|w| text.contains(w)).then_some(Rank::Substring)
            }
        })
        .min()
}

/// The searchable form: folded, words separated by single spaces.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in fold(text).chars() {
        if is_apostrophe(c) || is_combining(c) {
            continue;
        } else if is_word_char(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_punctuation_and_marks() {
        assert_eq!(key("  Côte d’Ivoire "), "cote divoire");
        assert_eq!(key("Cote d'Ivoire"), "cote divoire");
        assert_eq!(key("Tu\u{0308}rkiye\u{0301}"), "turkiye");
        assert_eq!(key("«Россия»"), "россия");
        assert_eq!(key("St. Kitts & Nevis"), "st kitts nevis");
        assert_eq!(key("—"), "");
    }

    #[test]
    fn ranks_prefer_names_then_codes_then_words() {
        let ma = search(Lang::En, "ma", super::super::names::en(), &[]);
        let pos = |code: &str| ma.iter().position(|n| n.code == code).unwrap();
        assert!(pos("MDG") < pos("MAR") && pos("MYS") < pos("MAR"));
        let korea = search(Lang::En, "korea", super::super::names::en(), &[]);
        assert_eq!(korea.iter().map(|n| n.code).collect::<Vec<_>>(), ["PRK", "KOR"]);
    }
}
