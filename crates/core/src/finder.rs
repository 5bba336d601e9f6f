//! The catalog search: which services match what a person typed and whom
//! they said the service is for, in the language they are reading. It reads
//! each service's title, summary and `keywords` (the common names).

use crate::catalog::{catalog, Audience, Service};
use crate::i18n::Messages;
use crate::search::{fold, Query};

/// The catalog's titles, summaries and keywords in one language, folded once.
pub struct Finder {
    entries: Vec<(&'static Service, String)>,
}

impl Finder {
    pub fn new(messages: &Messages) -> Self {
        let entries = catalog()
            .services
            .iter()
            .map(|s| {
                let id = s.message_id();
                let mut text = format!("{} {}", messages.text(&id), messages.attr(&id, "summary"));
                // Other names people know the service by: «ВНЖ», «вид на жительство».
                if messages.has_attr(&id, "keywords") {
                    text = format!("{text} {}", messages.attr(&id, "keywords"));
                }
                (s, fold(&text))
            })
            .collect();
        Finder { entries }
    }

    /// Matching services in catalog order. No audience means everyone.
    pub fn find(&self, query: &str, audience: Option<Audience>) -> Vec<&'static Service> {
        let query = Query::new(query);
        self.entries
            .iter()
            .filter(|(s, text)| audience.is_none_or(|a| s.is_for(a)) && query.matches(text))
            .map(|(s, _)| *s)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn ids(lang: Lang, query: &str, audience: Option<Audience>) -> Vec<&'static str> {
        Finder::new(&Messages::new(lang))
            .find(query, audience)
            .iter()
            .map(|s| &*s.id)
            .collect()
    }

    #[test]
    fn empty_query_lists_every_service() {
        for lang in Lang::ALL {
            assert_eq!(ids(lang, "", None).len(), catalog().services.len());
        }
    }

    #[test]
    fn finds_residence_permits_by_their_common_russian_names() {
        for q in ["вид на жительство", "ВНЖ"] {
            let found = ids(Lang::Ru, q, None);
            assert!(
                found.contains(&"temporary-residence") && found.contains(&"permanent-residence"),
                "{q}: {found:?}"
            );
        }
    }

    #[test]
    fn finds_azerbaijani_typed_without_diacritics() {
        assert!(ids(Lang::Az, "qeydiyyat", None).contains(&"registration"));
        assert!(ids(Lang::Az, "muraciet", None).contains(&"application-tracking"));
        assert!(ids(Lang::Az, "ICAZE", None).contains(&"work-permit"));
        assert!(ids(Lang::Az, "vetendasliga", None).contains(&"citizenship-admission"));
    }

    #[test]
    fn finds_russian_and_english_case_insensitively() {
        assert!(ids(Lang::Ru, "РАЗРЕШЕНИЕ НА РАБОТУ", None).contains(&"work-permit"));
        assert!(ids(Lang::En, "TRAVEL ban", None).contains(&"travel-ban-check"));
        assert!(ids(Lang::En, "zzzz", None).is_empty());
    }

    #[test]
    fn audience_filter_narrows_to_that_audience() {
        let employer = ids(Lang::En, "", Some(Audience::Employer));
        assert!(employer.contains(&"work-permit") && employer.contains(&"work-permit-extension"));
        assert!(!employer.contains(&"citizenship-renunciation"));
        for id in employer {
            assert!(catalog().service(id).unwrap().is_for(Audience::Employer));
        }
    }
}
