//! The four lookups' answers (each takes a `PersonQuery`).

use super::{Application, StatusChange};
use serde::{Deserialize, Serialize};

/// The four lookups, by the catalog service each answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    ApplicationStatus,
    RegistrationStatus,
    TravelBan,
    FeePayments,
}

impl Lookup {
    pub const ALL: [Lookup; 4] = [
        Lookup::ApplicationStatus,
        Lookup::RegistrationStatus,
        Lookup::TravelBan,
        Lookup::FeePayments,
    ];

    pub fn for_service(id: &str) -> Option<Lookup> {
        Lookup::ALL.into_iter().find(|l| l.service() == id)
    }

    /// The catalog id of the service.
    pub fn service(self) -> &'static str {
        match self {
            Lookup::ApplicationStatus => "application-tracking",
            Lookup::RegistrationStatus => "registration-status",
            Lookup::TravelBan => "travel-ban-check",
            Lookup::FeePayments => "fee-payment",
        }
    }

    /// The operation's path under the API's base.
    pub fn path(self) -> &'static str {
        match self {
            Lookup::ApplicationStatus => "/lookups/application-status",
            Lookup::RegistrationStatus => "/lookups/registration-status",
            Lookup::TravelBan => "/lookups/travel-ban",
            Lookup::FeePayments => "/lookups/fee-payments",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lookup;

    #[test]
    fn each_lookup_is_a_lookup_service_of_the_catalog() {
        for l in Lookup::ALL {
            let s = crate::catalog::catalog().service(l.service()).unwrap();
            assert_eq!(s.kind, crate::catalog::Kind::Lookup);
        }
        let lookups = crate::catalog::catalog()
            .services
            .iter()
            .filter(|s| s.kind == crate::catalog::Kind::Lookup);
        assert_eq!(lookups.count(), Lookup::ALL.len());
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedApplication {
    #[serde(flatten)]
    pub application: Application,
    pub history: Vec<StatusChange>,
    /// A decision or permit number once issued: `MOM1234567`, `MYİ1234567`, `DYİ1234567`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationStatusAnswer {
    pub applications: Vec<TrackedApplication>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegistrationState {
    Registered,
    /// No current registration was found. Said the same way whether or not
    /// the person is known, so the answer reveals nothing more.
    NotFound,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationStatusAnswer {
    pub status: RegistrationState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TravelBanState {
    NoBan,
    /// A restriction exists; its grounds are only told in person.
    Ban,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelBanAnswer {
    pub status: TravelBanState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentState {
    Unpaid,
    Paid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeePayment {
    pub payment_number: String,
    pub service: String,
    /// Decimal manats, e.g. "160.00".
    pub amount: String,
    pub status: PaymentState,
    pub due_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeePaymentsAnswer {
    pub payments: Vec<FeePayment>,
}
