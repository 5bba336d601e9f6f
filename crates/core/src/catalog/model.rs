//! The catalog's types. `data/catalog.json` is read into them at build time
//! (the build script compiles this file too) and baked into Rust statics,
//! so the browser parses nothing to show the catalog. `Cow` lets one type be
//! both deserialised (owned) and baked (borrowed, `'static`).

use crate::money::Azn;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub services: Cow<'static, [Service]>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable, URL-safe id: `/{lang}/services/{id}`.
    pub id: Cow<'static, str>,
    pub category: Category,
    pub kind: Kind,
    pub audiences: Cow<'static, [Audience]>,
    /// Ids of required documents; each is the Fluent message `doc-{id}`.
    #[serde(default)]
    pub documents: Cow<'static, [Cow<'static, str>]>,
    pub fees: Fees,
    /// Where the service can be used, most direct first.
    pub channels: Cow<'static, [Channel]>,
}

keyed_enum!(
    /// Groups on the home page, shown in this order (`category-{key}`).
    Category {
        Stay = "stay",
        Residence = "residence",
        Work = "work",
        Citizenship = "citizenship",
        Careers = "careers",
        Check = "check",
        Tools = "tools",
    }
);

keyed_enum!(
    /// Who a service is for (`audience-{key}`); the home page filters on it,
    /// in this order.
    Audience {
        Foreigner = "foreigner",
        Representative = "representative",
        // Whoever houses a foreigner: a flat's owner (often a citizen), a hotel.
        Host = "host",
        Employer = "employer",
        Citizen = "citizen",
    }
);

keyed_enum!(
    /// What using the service means (`kind-{key}`).
    Kind {
        Application = "application",
        Lookup = "lookup",
        Tool = "tool",
    }
);

keyed_enum!(
    /// Where a service can be used (`channel-{key}`).
    Channel {
        Online = "online",
        EGov = "egov",
        MyGov = "mygov",
        Mobile = "mobile",
        Asan = "asan",
        Office = "office",
        Email = "email",
    }
);

keyed_enum!(
    /// Whose fee a schedule row is (`fee-group-{key}`).
    FeeGroup {
        Adult = "adult",
        Minor = "minor",
        Student = "student",
        Employer = "employer",
        LiberatedTerritories = "liberated-territories",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Fees {
    /// The service is free of charge.
    Free,
    /// A state duty whose amount depends on the case; the service's
    /// `fee-note` attribute explains it.
    StateDuty,
    /// A state duty by group, processing time and permit duration.
    Schedule { rows: Cow<'static, [FeeRow]> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeRow {
    pub group: FeeGroup,
    /// Decision within this many working days; `None` when the fee does not depend on it.
    #[serde(default)]
    pub working_days: Option<u16>,
    /// How long the permit or extension lasts; `None` when the fee does not depend on it.
    #[serde(default)]
    pub period: Option<Period>,
    pub amount: Azn,
}

/// The length of a permit or extension, as the fee schedule states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    Days(u16),
    Months(u16),
}
