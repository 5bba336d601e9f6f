//! Submitting an application, exactly once: the client sends an
//! `Idempotency-Key`; a retry with the same key and body gets the same
//! application back, the same key with another body is refused (409).

use super::{timestamp, today};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use qapi_core::api::{Application, ApplicationStatus, FieldError, NewApplication};
use qapi_core::validate::Code;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

const SCOPE: &str = "applications";

/// 8–128 characters from the URL-safe alphabet (a UUID fits).
pub fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let key = headers
        .get("idempotency-key")
        .ok_or(ApiError::BadRequest("The Idempotency-Key header is required."))?
        .to_str()
        .map_err(|_| ApiError::BadRequest("The Idempotency-Key header is not valid."))?;
    let ok = (8..=128).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| key.to_owned()).ok_or(ApiError::BadRequest("The Idempotency-Key header is not valid."))
}

enum Outcome {
    Created(String),
    Replayed(String),
    Conflict,
    Invalid(Vec<FieldError>),
}

pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(value) = body?;
    // serde_json's maps are sorted, so this text is the same for equal bodies.
    let canonical = value.to_string();
    let request: NewApplication =
        serde_json::from_value(value).map_err(|_| ApiError::BadRequest("The body is not the JSON this operation expects."))?;
    let today = today();
    let now = timestamp();
    let outcome = state
        .db
        .run(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let earlier: Option<(String, String)> = tx
                .query_row(
                    "SELECT body, response FROM idempotency_keys WHERE scope = ?1 AND key = ?2",
                    params![SCOPE, key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((body, response)) = earlier {
                return Ok(if body == canonical { Outcome::Replayed(response) } else { Outcome::Conflict });
            }
            let valid = match request.validate(today) {
                Ok(v) => v,
                Err(errors) => return Ok(Outcome::Invalid(errors)),
            };
            let mut unknown = Vec::new();
            for (i, id) in valid.attachments.iter().enumerate() {
                let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM attachments WHERE id = ?1)", [id], |r| r.get(0))?;
                if !exists {
                    unknown.push(FieldError { field: format!("attachments[{i}]"), code: Code::AttachmentUnknown });
                }
            }
            if !unknown.is_empty() {
                return Ok(Outcome::Invalid(unknown));
            }
            let reference = unused_reference(&tx)?;
            let p = &valid.person;
            tx.execute(
                "INSERT INTO applications (reference, service, passport_number, date_of_birth, citizenship, given_name, family_name,
                    email, status, submitted_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'submitted', ?9, ?9)",
                params![
                    reference,
                    valid.service,
                    p.passport_number,
                    p.date_of_birth.to_string(),
                    p.citizenship,
                    valid.given_name,
                    valid.family_name,
                    valid.email,
                    now
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute("INSERT INTO status_history (application_id, status, at) VALUES (?1, 'submitted', ?2)", params![id, now])?;
            for a in &valid.attachments {
                tx.execute("INSERT OR IGNORE INTO application_attachments VALUES (?1, ?2)", params![id, a])?;
            }
            let application = Application {
                reference,
                service: valid.service.clone(),
                status: ApplicationStatus::Submitted,
                submitted_at: now.clone(),
                updated_at: now.clone(),
            };
            let response = serde_json::to_string(&application).unwrap_or_default();
            tx.execute(
                "INSERT INTO idempotency_keys (scope, key, body, status, response, created_at) VALUES (?1, ?2, ?3, 201, ?4, ?5)",
                params![SCOPE, key, canonical, response, now],
            )?;
            tx.commit()?;
            Ok(Outcome::Created(response))
        })
        .await?;
    match outcome {
        Outcome::Created(json) => Ok(created(json, false)),
        Outcome::Replayed(json) => Ok(created(json, true)),
        Outcome::Conflict => Err(ApiError::Conflict("This Idempotency-Key was used with a different body.")),
        Outcome::Invalid(errors) => Err(ApiError::Validation(errors)),
    }
}

fn created(json: String, replayed: bool) -> Response {
    let mut res = (StatusCode::CREATED, [(axum::http::header::CONTENT_TYPE, "application/json")], json).into_response();
    if replayed {
        res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    res
}

/// `QP-7K3M-9XQ2`: random, in Crockford's base32 (no I, L, O, U), so it reads
/// aloud and types without confusion, and says nothing about volume or order.
fn unused_reference(tx: &rusqlite::Transaction) -> rusqlite::Result<String> {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    loop {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(b % 32)] as char).collect();
        let reference = format!("QP-{}-{}", &chars[..4], &chars[4..]);
        let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM applications WHERE reference = ?1)", [&reference], |r| r.get(0))?;
        if !taken {
            return Ok(reference);
        }
    }
}
