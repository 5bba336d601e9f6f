//! Which section of the interface a message belongs to, by its id. Each section of
//! each language is a table of its own, so a page downloads the messages it
//! shows: the home page only `Base`, a lookup's page `Forms` and `Lookups`
//! too. The build script partitions the `.ftl` files by this same rule.

/// A section of the interface and the messages only it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// The frame, the catalog, the service pages, the rating form, errors of
    /// the API and of every field code.
    Base,
    /// What every form shows: date boxes, the citizenship picker, the
    /// person's passport details, the error summary, the way back.
    Forms,
    Lookups,
    /// What both calculators show: the submit button, the rule's facts,
    /// the errors of dates and trips they share.
    Calculators,
    /// The temporary-stay calculator's own words.
    Stay,
    /// The registration deadline's own: events, holidays, working days.
    Deadline,
    Queue,
    /// The application forms: steps, fields, their options, checking and sending.
    Apply,
}

/// Id prefixes of the sections other than `Base`.
const PREFIXES: &[(&str, Section)] = &[
    ("lookup-", Section::Lookups),
    ("application-status-", Section::Lookups),
    // Before `calc-`: the first prefix that fits decides.
    ("calc-stay-", Section::Stay),
    ("calc-rule-stay-", Section::Stay),
    ("calc-trip-", Section::Stay),
    ("calc-reg-", Section::Deadline),
    ("calc-rule-registration-", Section::Deadline),
    ("calc-day-kind-", Section::Deadline),
    ("calc-calendar-", Section::Deadline),
    ("holiday-", Section::Deadline),
    ("calc-", Section::Calculators),
    ("queue-", Section::Queue),
    ("apply-", Section::Apply),
    ("step-", Section::Apply),
    ("field-", Section::Apply),
    ("option-", Section::Apply),
    ("date-", Section::Forms),
    ("citizenship-", Section::Forms),
    ("error-summary-", Section::Forms),
    ("error-prefix", Section::Forms),
    ("form-", Section::Forms),
    ("person-", Section::Forms),
];

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Base,
        Section::Forms,
        Section::Lookups,
        Section::Calculators,
        Section::Stay,
        Section::Deadline,
        Section::Queue,
        Section::Apply,
    ];

    pub fn of(id: &str) -> Section {
        PREFIXES
            .iter()
            .find(|(prefix, _)| id.starts_with(prefix))
            .map_or(Section::Base, |(_, part)| *part)
    }

    /// A name for generated tables and chunks.
    pub fn name(self) -> &'static str {
        match self {
            Section::Base => "base",
            Section::Forms => "forms",
            Section::Lookups => "lookups",
            Section::Calculators => "calculators",
            Section::Stay => "stay",
            Section::Deadline => "deadline",
            Section::Queue => "queue",
            Section::Apply => "apply",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Section;

    #[test]
    fn a_message_belongs_to_its_features_part() {
        assert_eq!(Section::of("home-title"), Section::Base);
        assert_eq!(Section::of("error-required"), Section::Base);
        assert_eq!(Section::of("error-summary-title"), Section::Forms);
        assert_eq!(Section::of("date-month-4"), Section::Forms);
        assert_eq!(Section::of("lookup-submit"), Section::Lookups);
        assert_eq!(Section::of("calc-rule-stay-visa-free-90"), Section::Stay);
        assert_eq!(Section::of("holiday-novruz"), Section::Deadline);
        assert_eq!(Section::of("calc-rule-heading"), Section::Calculators);
        assert_eq!(Section::of("queue-step-office"), Section::Queue);
        assert_eq!(Section::of("field-applicant-given-name"), Section::Apply);
    }
}
