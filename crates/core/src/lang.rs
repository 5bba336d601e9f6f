//! The three interface languages and how a browser's preferences map onto them.

use std::fmt;
use std::str::FromStr;

/// An interface language. Azerbaijani is the default: the service is Azerbaijan's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    Az,
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    /// The BCP 47 tag used in URLs, `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, shown in the switcher whatever the page language is,
    /// so a person who cannot read the current page still finds theirs.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Az => "Azərbaycanca",
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// Picks the first of the browser's preferred languages (`navigator.languages`,
    /// most preferred first) that Qapı speaks, matching on the primary subtag, so
    /// `ru-RU` and `az-Latn-AZ` count.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Option<Lang> {
        preferred.iter().find_map(|tag| {
            let primary = tag.as_ref().split(['-', '_']).next()?;
            primary.parse().ok()
        })
    }
}

/// The same page in another language: the path's leading language segment is
/// replaced, or added when the path has none (`/foo` → `/ru/foo`), so a
/// language switch never loses the page, not even a page that does not exist.
pub fn path_in(lang: Lang, path: &str) -> String {
    let rest = path.trim_start_matches('/');
    let (first, tail) = rest.split_once('/').map_or((rest, ""), |(f, t)| (f, t));
    let tail = if first.parse::<Lang>().is_ok() { tail } else { rest };
    if tail.is_empty() {
        format!("/{lang}")
    } else {
        format!("/{lang}/{tail}")
    }
}

/// The language a path names in its first segment, if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    path.trim_start_matches('/').split('/').next()?.parse().ok()
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .ok_or(UnknownLang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert_eq!("xx".parse::<Lang>(), Err(UnknownLang));
        assert_eq!("".parse::<Lang>(), Err(UnknownLang));
    }

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(
            path_in(Lang::Ru, "/az/services/work-permit"),
            "/ru/services/work-permit"
        );
        assert_eq!(path_in(Lang::En, "/az"), "/en");
        assert_eq!(path_in(Lang::En, "/az/"), "/en");
        assert_eq!(path_in(Lang::Az, "/"), "/az");
        assert_eq!(path_in(Lang::Ru, "/no/such/page"), "/ru/no/such/page");
        assert_eq!(path_in(Lang::Az, "/EN/services"), "/az/services");
    }

    #[test]
    fn the_first_segment_names_the_language() {
        assert_eq!(lang_of_path("/ru/services/x"), Some(Lang::Ru));
        assert_eq!(lang_of_path("/ru"), Some(Lang::Ru));
        assert_eq!(lang_of_path("/rus/x"), None);
        assert_eq!(lang_of_path("/"), None);
    }

    #[test]
    fn negotiation_takes_first_supported_primary_subtag() {
        assert_eq!(Lang::negotiate(&["de-DE", "ru-RU", "en"]), Some(Lang::Ru));
        assert_eq!(Lang::negotiate(&["az-Latn-AZ"]), Some(Lang::Az));
        assert_eq!(Lang::negotiate(&["EN_gb"]), Some(Lang::En));
        assert_eq!(Lang::negotiate(&["tr", "de"]), None);
        assert_eq!(Lang::negotiate::<&str>(&[]), None);
    }
}
