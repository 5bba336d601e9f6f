//! The four lookups. Each takes the passport triple in a POST body (personal
//! data never goes in a URL) and answers the same way whether or not the
//! person is known, so a lookup cannot be used to learn who is.

use super::today;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use qapi_core::api::*;
use rusqlite::params;

fn person(body: Result<Json<PersonQuery>, JsonRejection>) -> Result<Person, ApiError> {
    let Json(query) = body?;
    query.validate(today()).map_err(ApiError::Validation)
}

fn key(p: &Person) -> (String, String, String) {
    (
        p.passport_number.clone(),
        p.date_of_birth.to_string(),
        p.citizenship.clone(),
    )
}

fn parse_status(s: String) -> rusqlite::Result<ApplicationStatus> {
    serde_json::from_value(serde_json::Value::String(s))
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

pub async fn application_status(
    State(state): State<AppState>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Json<ApplicationStatusAnswer>, ApiError> {
    let (passport, dob, citizenship) = key(&person(body)?);
    let applications = state
        .db
        .run(move |conn| {
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
                    r.get(6)?,
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
                    document_number,
                    payment_number,
                });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(ApplicationStatusAnswer { applications }))
}

pub async fn registration_status(
    State(state): State<AppState>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Json<RegistrationStatusAnswer>, ApiError> {
    let (passport, dob, citizenship) = key(&person(body)?);
    let today = today().to_string();
    let valid_until: Option<String> = state
        .db
        .run(move |conn| {
            conn.query_row(
                "SELECT MAX(valid_until) FROM registrations
                 WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 AND valid_until >= ?4",
                params![passport, dob, citizenship, today],
                |r| r.get(0),
            )
        })
        .await?;
    Ok(Json(match valid_until {
        Some(until) => RegistrationStatusAnswer {
            status: RegistrationState::Registered,
            valid_until: Some(until),
        },
        None => RegistrationStatusAnswer {
            status: RegistrationState::NotFound,
            valid_until: None,
        },
    }))
}

pub async fn travel_ban(
    State(state): State<AppState>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Json<TravelBanAnswer>, ApiError> {
    let (passport, dob, citizenship) = key(&person(body)?);
    let banned: bool = state
        .db
        .run(move |conn| {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM travel_bans WHERE passport_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3)",
                params![passport, dob, citizenship],
                |r| r.get(0),
            )
        })
        .await?;
    Ok(Json(TravelBanAnswer {
        status: if banned {
            TravelBanState::Ban
        } else {
            TravelBanState::NoBan
        },
    }))
}

pub async fn fee_payments(
    State(state): State<AppState>,
    body: Result<Json<PersonQuery>, JsonRejection>,
) -> Result<Json<FeePaymentsAnswer>, ApiError> {
    let (passport, dob, citizenship) = key(&person(body)?);
    let payments = state
        .db
        .run(move |conn| {
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
    Ok(Json(FeePaymentsAnswer { payments }))
}
