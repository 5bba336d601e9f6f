//! The eleven application forms. What each asks follows the agency's forms
//! and regulations as `../shared/reference/sms-domain-research.md` records
//! them (section 2); steps shared by several forms are declared once below.

use super::{DateRule, FeeBasis, Field, FilledBy, Form, Kind, PeriodUnit, Step, When};
use crate::catalog::FeeGroup;

const fn field(id: &'static str, kind: Kind) -> Field {
    Field {
        id,
        kind,
        required: true,
        when: None,
    }
}

const fn optional(id: &'static str, kind: Kind) -> Field {
    Field {
        id,
        kind,
        required: false,
        when: None,
    }
}

const fn when(id: &'static str, kind: Kind, on: &'static str, any: &'static [&'static str]) -> Field {
    Field {
        id,
        kind,
        required: true,
        when: Some(When { field: on, any }),
    }
}

const NAME: Kind = Kind::Name;
const TEXT: Kind = Kind::Text { max: 200 };
const ABOUT: Kind = Kind::LongText { max: 2000 };

// Who the application is for: a parent or guardian applies for a minor.
const FOR_WHOM: Step = Step {
    id: "for-whom",
    fields: &[field("applying.for", Kind::Choice(&["self", "minor"]))],
};

// A parent or guardian applying for a minor pays the minor's rate.
const MINOR_PAYS_MINORS_RATE: (When, FeeGroup) = (
    When {
        field: "applying.for",
        any: &["minor"],
    },
    FeeGroup::Minor,
);
const MINOR_PAYS: &[(When, FeeGroup)] = &[MINOR_PAYS_MINORS_RATE];

const FOR_ONESELF: FilledBy = FilledBy::ApplicantWhen(When {
    field: "applying.for",
    any: &["self"],
});

const REPRESENTATIVE: Step = Step {
    id: "representative",
    fields: &[
        when("representative.given_name", NAME, "applying.for", &["minor"]),
        when("representative.family_name", NAME, "applying.for", &["minor"]),
        when(
            "representative.relation",
            Kind::Choice(&["parent", "guardian"]),
            "applying.for",
            &["minor"],
        ),
    ],
};

// The person the application is about, as their passport shows them; the
// API carries these in `applicant`, and the lookups find the application by
// passport number, date of birth and citizenship.
const FOREIGNER: Step = Step {
    id: "person",
    fields: &[
        field("applicant.given_name", NAME),
        field("applicant.family_name", NAME),
        optional("person.patronymic", NAME),
        field("applicant.date_of_birth", Kind::Date(DateRule::Birth)),
        field("applicant.citizenship", Kind::Country),
    ],
};

const PASSPORT: Step = Step {
    id: "passport",
    fields: &[
        field("applicant.passport_number", Kind::PassportNumber),
        field("passport.expiry", Kind::Date(DateRule::Future)),
    ],
};

const CITIZEN: Step = Step {
    id: "citizen",
    fields: &[
        field("applicant.given_name", NAME),
        field("applicant.family_name", NAME),
        optional("person.patronymic", NAME),
        field("applicant.date_of_birth", Kind::Date(DateRule::Birth)),
        field("applicant.citizenship", Kind::Fixed("AZE")),
        field("person.fin", Kind::Fin),
        field("applicant.passport_number", Kind::PassportNumber),
    ],
};

const ADDRESS: Step = Step {
    id: "address",
    fields: &[
        field("address.district", Kind::District),
        field("address.street", TEXT),
        optional("address.postal_code", Kind::PostalCode),
    ],
};

const CONTACT: Step = Step {
    id: "contact",
    fields: &[
        field("contact.phone", Kind::Phone),
        optional("applicant.email", Kind::Email),
    ],
};

const REGISTRATION: Form = Form {
    service: "registration",
    steps: &[
        Step {
            id: "registration-who",
            fields: &[field(
                "registration.applicant",
                Kind::Choice(&["foreigner", "owner", "establishment"]),
            )],
        },
        FOREIGNER,
        Step {
            id: "registration-passport",
            fields: &[field("applicant.passport_number", Kind::PassportNumber)],
        },
        Step {
            id: "registration-stay",
            fields: &[
                field("stay.arrival", Kind::Date(DateRule::Past)),
                field("stay.until", Kind::Date(DateRule::After("stay.arrival"))),
            ],
        },
        ADDRESS,
        Step {
            id: "registration-host",
            fields: &[
                when(
                    "host.given_name",
                    NAME,
                    "registration.applicant",
                    &["foreigner", "owner"],
                ),
                when(
                    "host.family_name",
                    NAME,
                    "registration.applicant",
                    &["foreigner", "owner"],
                ),
                when("host.fin", Kind::Fin, "registration.applicant", &["owner"]),
                when("host.establishment", TEXT, "registration.applicant", &["establishment"]),
            ],
        },
        CONTACT,
        Step {
            id: "documents",
            fields: &[field("document.passport", Kind::Document("passport-copy-entry-pages"))],
        },
    ],
    fee: None,
    filled_by: FilledBy::ApplicantWhen(When {
        field: "registration.applicant",
        any: &["foreigner"],
    }),
};

const STAY_EXTENSION: Form = Form {
    service: "stay-extension",
    steps: &[
        FOR_WHOM,
        REPRESENTATIVE,
        FOREIGNER,
        PASSPORT,
        Step {
            id: "extension",
            fields: &[
                field("stay.arrival", Kind::Date(DateRule::Past)),
                field("extension.days", Kind::Choice(&["30", "60"])),
                field("extension.speed", Kind::Choice(&["1", "3"])),
                field("extension.grounds", ABOUT),
            ],
        },
        ADDRESS,
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.passport", Kind::Document("passport-copy")),
                field("document.grounds", Kind::Document("extension-grounds")),
                field("document.housing", Kind::Document("housing-document")),
            ],
        },
    ],
    fee: Some(FeeBasis {
        group: FeeGroup::Adult,
        groups: MINOR_PAYS,
        working_days: Some("extension.speed"),
        period: Some(("extension.days", PeriodUnit::Days)),
        place: None,
    }),
    filled_by: FOR_ONESELF,
};

const RESIDENCE_GROUNDS: &[&str] = &[
    "citizen-relative",
    "permit-holder-family",
    "work-permit",
    "highly-qualified",
    "investment",
    "real-estate",
    "deposit",
    "securities",
    "company-head",
    "student",
    "other",
];

const TEMPORARY_RESIDENCE: Form = Form {
    service: "temporary-residence",
    steps: &[
        FOR_WHOM,
        REPRESENTATIVE,
        FOREIGNER,
        Step {
            id: "background",
            fields: &[
                field("person.birth_place", TEXT),
                field(
                    "person.marital_status",
                    Kind::Choice(&["single", "married", "divorced", "widowed"]),
                ),
            ],
        },
        Step {
            id: "residence-grounds",
            fields: &[
                field("residence.ground", Kind::Choice(RESIDENCE_GROUNDS)),
                when("residence.institution", TEXT, "residence.ground", &["student"]),
                optional("residence.details", ABOUT),
            ],
        },
        Step {
            id: "residence-period",
            fields: &[
                field(
                    "residence.months",
                    Kind::Choice(&["3", "6", "12", "18", "24", "30", "36"]),
                ),
                field("residence.speed", Kind::Choice(&["15", "20"])),
            ],
        },
        Step {
            id: "passport",
            fields: &[
                field("applicant.passport_number", Kind::PassportNumber),
                field(
                    "passport.expiry",
                    Kind::Date(DateRule::OutlastsPeriod {
                        period: "residence.months",
                        unit: PeriodUnit::Months,
                        months: 3,
                    }),
                ),
            ],
        },
        ADDRESS,
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.passport", Kind::Document("passport-copy-valid-3-months")),
                field("document.grounds", Kind::Document("residence-grounds")),
                field("document.health", Kind::Document("health-certificate")),
                field("document.photo", Kind::Document("photos-35x45")),
            ],
        },
    ],
    fee: Some(FeeBasis {
        group: FeeGroup::Adult,
        groups: &[
            MINOR_PAYS_MINORS_RATE,
            (
                When {
                    field: "residence.ground",
                    any: &["student"],
                },
                FeeGroup::Student,
            ),
        ],
        working_days: Some("residence.speed"),
        period: Some(("residence.months", PeriodUnit::Months)),
        place: None,
    }),
    filled_by: FOR_ONESELF,
};

const PERMANENT_RESIDENCE: Form = Form {
    service: "permanent-residence",
    steps: &[
        FOR_WHOM,
        REPRESENTATIVE,
        FOREIGNER,
        PASSPORT,
        Step {
            id: "current-permit",
            fields: &[
                field("permit.number", Kind::PermitNumber),
                field("permit.expiry", Kind::Date(DateRule::Future)),
                field("residence.ground", Kind::Choice(RESIDENCE_GROUNDS)),
            ],
        },
        ADDRESS,
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.passport", Kind::Document("passport-copy")),
                field("document.permit", Kind::Document("residence-card-copy")),
                field("document.health", Kind::Document("health-certificate")),
                field("document.funds", Kind::Document("proof-of-funds")),
            ],
        },
    ],
    fee: Some(FeeBasis {
        group: FeeGroup::Adult,
        groups: MINOR_PAYS,
        working_days: None,
        period: None,
        place: None,
    }),
    filled_by: FOR_ONESELF,
};

// Only an employer applies for a work permit: a company or an individual
// entrepreneur, for a foreign worker of at least 18.
const EMPLOYER: Step = Step {
    id: "employer",
    fields: &[
        field("employer.type", Kind::Choice(&["company", "entrepreneur"])),
        when("employer.name", TEXT, "employer.type", &["company"]),
        when("employer.address", TEXT, "employer.type", &["company"]),
        when("employer.given_name", NAME, "employer.type", &["entrepreneur"]),
        when("employer.family_name", NAME, "employer.type", &["entrepreneur"]),
        when("employer.fin", Kind::Fin, "employer.type", &["entrepreneur"]),
    ],
};

const WORKER: Step = Step {
    id: "worker",
    fields: &[
        field("applicant.given_name", NAME),
        field("applicant.family_name", NAME),
        field("applicant.date_of_birth", Kind::Date(DateRule::BirthAdult)),
        field("applicant.citizenship", Kind::Country),
        field("worker.sex", Kind::Choice(&["female", "male"])),
        field("applicant.passport_number", Kind::PassportNumber),
    ],
};

const JOB_MONTHS: Kind = Kind::Choice(&["3", "6", "12"]);
const JOB_SPEED: Kind = Kind::Choice(&["10", "15", "20"]);

const EMPLOYER_PAYS: FeeBasis = FeeBasis {
    group: FeeGroup::Employer,
    groups: &[],
    working_days: Some("job.speed"),
    period: Some(("job.months", PeriodUnit::Months)),
    // The liberated territories' own schedule (2023–2028) covers work there;
    // which districts of these economic regions it covers is not in the
    // catalog, so the amount is confirmed at review.
    place: Some(("job.district", &["karabakh", "east-zangazur"])),
};

const WORK_PERMIT: Form = Form {
    service: "work-permit",
    steps: &[
        EMPLOYER,
        WORKER,
        Step {
            id: "job",
            fields: &[
                field("job.title", TEXT),
                field("job.district", Kind::District),
                field("job.months", JOB_MONTHS),
                field("job.speed", JOB_SPEED),
                optional("job.right_to_stay", TEXT),
            ],
        },
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.passport", Kind::Document("passport-copy")),
                field("document.qualification", Kind::Document("qualification-document")),
                field("document.health", Kind::Document("health-certificate")),
                field("document.justification", Kind::Document("hiring-justification")),
            ],
        },
    ],
    fee: Some(EMPLOYER_PAYS),
    filled_by: FilledBy::Other,
};

const WORK_PERMIT_EXTENSION: Form = Form {
    service: "work-permit-extension",
    steps: &[
        EMPLOYER,
        WORKER,
        Step {
            id: "job-extension",
            fields: &[
                field("job.permit_number", TEXT),
                field("job.title", TEXT),
                field("job.months", JOB_MONTHS),
                field("job.speed", JOB_SPEED),
            ],
        },
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.passport", Kind::Document("passport-copy")),
                field("document.health", Kind::Document("health-certificate")),
            ],
        },
    ],
    fee: Some(EMPLOYER_PAYS),
    filled_by: FilledBy::Other,
};

const CITIZENSHIP_ADMISSION: Form = Form {
    service: "citizenship-admission",
    steps: &[
        FOREIGNER,
        PASSPORT,
        Step {
            id: "admission",
            fields: &[
                field("person.birth_place", TEXT),
                field("permit.number", Kind::PermitNumber),
                field("residence.since", Kind::Date(DateRule::Past)),
                field("person.biography", ABOUT),
            ],
        },
        ADDRESS,
        CONTACT,
        Step {
            id: "documents",
            fields: &[
                field("document.permit", Kind::Document("residence-card-copy")),
                field("document.income", Kind::Document("proof-of-income")),
                field("document.language", Kind::Document("state-language-certificate")),
            ],
        },
    ],
    fee: None,
    filled_by: FilledBy::Applicant,
};

const CITIZENSHIP_RESTORATION: Form = Form {
    service: "citizenship-restoration",
    steps: &[
        FOREIGNER,
        PASSPORT,
        Step {
            id: "restoration",
            fields: &[
                field("person.birth_place", TEXT),
                field("restoration.lost_year", Kind::Number { min: 1991, max: 2100 }),
                field("restoration.reason", ABOUT),
            ],
        },
        ADDRESS,
        CONTACT,
    ],
    fee: None,
    filled_by: FilledBy::Applicant,
};

const CITIZENSHIP_RENUNCIATION: Form = Form {
    service: "citizenship-renunciation",
    steps: &[
        CITIZEN,
        Step {
            id: "renunciation",
            fields: &[
                field("renunciation.country", Kind::Country),
                field("renunciation.reason", ABOUT),
            ],
        },
        ADDRESS,
        CONTACT,
    ],
    fee: None,
    filled_by: FilledBy::Applicant,
};

const FOREIGN_CITIZENSHIP_NOTICE: Form = Form {
    service: "foreign-citizenship-notice",
    steps: &[
        CITIZEN,
        Step {
            id: "other-citizenship",
            fields: &[
                field("other.country", Kind::Country),
                field("other.acquired", Kind::Date(DateRule::Past)),
                field("other.passport_number", Kind::PassportNumber),
            ],
        },
        ADDRESS,
        CONTACT,
    ],
    fee: None,
    filled_by: FilledBy::Applicant,
};

const MIGRATION_SERVICE_JOB: Form = Form {
    service: "migration-service-job",
    steps: &[
        CITIZEN,
        Step {
            id: "job-application",
            fields: &[
                field(
                    "candidate.education",
                    Kind::Choice(&["secondary", "vocational", "bachelor", "master", "doctorate"]),
                ),
                field("candidate.languages", Kind::Choices(&["az", "en", "ru", "other"])),
                optional("candidate.experience", ABOUT),
            ],
        },
        Step {
            id: "candidate-contact",
            fields: &[
                field("contact.phone", Kind::Phone),
                field("applicant.email", Kind::Email),
            ],
        },
    ],
    fee: None,
    filled_by: FilledBy::Applicant,
};

/// In catalog order.
pub(super) const FORMS: &[&Form] = &[
    &REGISTRATION,
    &STAY_EXTENSION,
    &TEMPORARY_RESIDENCE,
    &PERMANENT_RESIDENCE,
    &WORK_PERMIT,
    &WORK_PERMIT_EXTENSION,
    &CITIZENSHIP_ADMISSION,
    &CITIZENSHIP_RESTORATION,
    &CITIZENSHIP_RENUNCIATION,
    &FOREIGN_CITIZENSHIP_NOTICE,
    &MIGRATION_SERVICE_JOB,
];
