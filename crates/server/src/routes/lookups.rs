//! The four lookups. Each takes the passport triple in a POST body (personal
//! data never goes in a URL) and answers the same way whether or not the
//! person is known, so a lookup cannot be used to learn who is. Each lookup is
//! limited per person as well as per address, recorded in the audit log, and
//! padded so the answer's length does not tell the result over TLS.

use super::limits::client_key;
use super::{hex, timestamp, today};
use crate::audit::Outcome;
use crate::client::ClientAddr;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use qapi_core::api::*;
use rusqlite::params;
use serde::Serialize;
use std::net::IpAddr;

const OPERATIONS: [&str; 4] = [
    "application-status",
    "registration-status",
    "travel-ban",
    "fee-payments",
];

/// The lookup a path names, from a fixed set (the audit log never echoes input).
pub fn operation(path: &str) -> &'static str {
    let last = path.rsplit('/').next().unwrap_or_default();
    OPERATIONS.into_iter().find(|op| *op == last).unwrap_or("unknown")
}

pub fn record(state: &AppState, client: IpAddr, operation: &str, outcome: Outcome, person: Option<&[u8; 16]>) {
    let client = hex(&state.key.pseudonym("client", &client_key(client).to_string()));
    let person = person.map(|p| hex(p));
    state
        .audit
        .record(&timestamp(), operation, outcome, person.as_deref(), &client);
}

/// The person asked about, once the body is valid and their own limit allows.
fn person(
    state: &AppState,
    client: IpAddr,
    operation: &'static str,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<(String, String, String), ApiError> {
    let Json(query) = body?;
    let p = query.validate(today()).map_err(|errors| {
        record(state, client, operation, Outcome::Invalid, None);
        ApiError::Validation(errors)
    })?;
    let pseudonym = state
        .key
        .pseudonym("person", &format!("{}|{}", p.passport_number, p.citizenship));
    if let Err(refused) = state.limits.lookups_per_person.check(&pseudonym) {
        record(state, client, operation, Outcome::RefusedPerson, Some(&pseudonym));
        return Err(refused);
    }
    record(state, client, operation, Outcome::Answered, Some(&pseudonym));
    Ok((p.passport_number, p.date_of_birth.to_string(), p.citizenship))
}

/// A JSON answer padded with trailing spaces (still JSON) to a multiple of
/// `block` bytes: a found and a not-found answer have the same length. Lists
/// grow a block at a time, so only their rough size shows. Proxies must not
/// compress these answers (README, "Deployment").
pub struct Padded<T>(T, usize);

/// Enough for any registration or travel-ban answer: one fixed length.
const SHORT: usize = 256;
/// A step for answers that list applications or payments.
const LIST: usize = 2048;

impl<T: Serialize> IntoResponse for Padded<T> {
    fn into_response(self) -> Response {
        let Padded(value, block) = self;
        let Ok(mut body) = serde_json::to_vec(&value) else {
            return ApiError::Internal.into_response();
        };
        body.resize(body.len().div_ceil(block).max(1) * block, b' ');
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    }
}

/// What a person who knows the triple may learn of an issued document: its
/// kind (the prefix) and last four characters, enough to recognise the card
/// in hand, not enough to use its number elsewhere.
fn masked(document_number: String) -> String {
    let chars: Vec<char> = document_number.chars().collect();
    let letters = chars.iter().take_while(|c| !c.is_ascii_digit()).count();
    let shown_from = chars.len().saturating_sub(4).max(letters);
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| if i < letters || i >= shown_from { *c } else { '•' })
        .collect()
}

fn parse_status(s: String) -> rusqlite::Result<ApplicationStatus> {
    serde_json::from_value(serde_json::Value::String(s))
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

pub async fn application_status(
    State(state): State<AppState>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Padded<ApplicationStatusAnswer>, ApiError> {
    let (passport, dob, citizenship) = person(&state, client, "application-status", body)?;
    let applications = state
        .db
        .read(move |conn| {
            let mut apps = conn.prepare(
                "SELECT id, reference, service, status, submitted_at, updated_at, document_number, payment_number
                 FROM applications WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3
                 ORDER BY submitted_at DESC, id DESC",
            )?;
            let mut history =
                conn.prepare("SELECT status, at FROM status_history WHERE application_id = ?1 ORDER BY at, rowid")?;
            let rows = apps.query_map(params![passport, dob, citizenship], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get(7)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, reference, service, status, submitted_at, updated_at, document_number, payment_number) = row?;
                let history = history
                    .query_map([id], |r| {
                        Ok(StatusChange {
                            status: parse_status(r.get(0)?)?,
                            at: r.get(1)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                out.push(TrackedApplication {
                    application: Application {
                        reference,
                        service,
                        status: parse_status(status)?,
                        submitted_at,
                        updated_at,
                    },
                    history,
                    document_number: document_number.map(masked),
                    payment_number,
                });
            }
            Ok(out)
        })
        .await?;
    Ok(Padded(ApplicationStatusAnswer { applications }, LIST))
}

pub async fn registration_status(
    State(state): State<AppState>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Padded<RegistrationStatusAnswer>, ApiError> {
    let (passport, dob, citizenship) = person(&state, client, "registration-status", body)?;
    let today = today().to_string();
    let valid_until: Option<String> = state
        .db
        .read(move |conn| {
            conn.query_row(
                "SELECT MAX(valid_until) FROM registrations
                 WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 AND valid_until >= ?4",
                params![passport, dob, citizenship, today],
                |r| r.get(0),
            )
        })
        .await?;
    let answer = match valid_until {
        Some(until) => RegistrationStatusAnswer {
            status: RegistrationState::Registered,
            valid_until: Some(until),
        },
        None => RegistrationStatusAnswer {
            status: RegistrationState::NotFound,
            valid_until: None,
        },
    };
    Ok(Padded(answer, SHORT))
}

pub async fn travel_ban(
    State(state): State<AppState>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Padded<TravelBanAnswer>, ApiError> {
    let (passport, dob, citizenship) = person(&state, client, "travel-ban", body)?;
    let banned: bool = state
        .db
        .read(move |conn| {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM travel_bans WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3)",
                params![passport, dob, citizenship],
                |r| r.get(0),
            )
        })
        .await?;
    let status = if banned {
        TravelBanState::Ban
    } else {
        TravelBanState::NoBan
    };
    Ok(Padded(TravelBanAnswer { status }, SHORT))
}

pub async fn fee_payments(
    State(state): State<AppState>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Padded<FeePaymentsAnswer>, ApiError> {
    let (passport, dob, citizenship) = person(&state, client, "fee-payments", body)?;
    let payments = state
        .db
        .read(move |conn| {
            let mut q = conn.prepare(
                "SELECT payment_number, service, amount, status, due_date FROM fee_payments
                 WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 ORDER BY due_date DESC",
            )?;
            let rows = q.query_map(params![passport, dob, citizenship], |r| {
                let status: String = r.get(3)?;
                Ok(FeePayment {
                    payment_number: r.get(0)?,
                    service: r.get(1)?,
                    amount: r.get(2)?,
                    status: if status == "paid" {
                        PaymentState::Paid
                    } else {
                        PaymentState::Unpaid
                    },
                    due_date: r.get(4)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })
        .await?;
    Ok(Padded(FeePaymentsAnswer { payments }, LIST))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_number_shows_its_kind_and_last_four_characters() {
        assert_eq!(masked("MYİ1234567".into()), "MYİ•••4567");
        assert_eq!(masked("MOM7654321".into()), "MOM•••4321");
        assert_eq!(masked("1234".into()), "1234");
        assert_eq!(masked(String::new()), "");
    }

    #[test]
    fn the_audit_log_names_only_known_lookups() {
        assert_eq!(operation("/api/v1/lookups/travel-ban"), "travel-ban");
        assert_eq!(operation("/travel-ban"), "travel-ban");
        assert_eq!(operation("/lookups/\"\n{}"), "unknown");
    }
}
