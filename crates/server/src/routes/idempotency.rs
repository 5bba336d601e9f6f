//! Exactly-once creation for `POST`s that carry an `Idempotency-Key`: a retry
//! with the same key and body gets the first answer again; the same key with
//! another body is refused (409). The check and the creation share one write
//! transaction, so concurrent retries cannot both create.

use crate::error::ApiError;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use qapi_core::api::FieldError;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

/// 32–128 characters from the URL-safe alphabet: room for 128 random bits
/// (a UUID fits), so nobody can guess another person's key and replay or
/// block their submission.
pub fn key(headers: &HeaderMap) -> Result<String, ApiError> {
    const BAD: &str = "The Idempotency-Key header must be 32 to 128 letters, digits, '-' or '_' (e.g. a random UUID).";
    let key = headers
        .get("idempotency-key")
        .ok_or(ApiError::BadRequest("The Idempotency-Key header is required."))?
        .to_str()
        .map_err(|_| ApiError::BadRequest(BAD))?;
    let ok =
        (32..=128).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| key.to_owned()).ok_or(ApiError::BadRequest(BAD))
}

/// A creation request: its key, its body as typed, and a digest of the body
/// in canonical JSON (serde_json's maps are sorted, so equal bodies give equal
/// text). Only the digest is kept: the body holds personal data.
pub struct Creation<T> {
    pub key: String,
    pub canonical: String,
    pub body: T,
}

impl<T: Send + 'static> Creation<T> {
    /// Creates at most once per key: `create(tx, body, now)` runs inside the
    /// key's write transaction and returns the JSON answer or field errors.
    pub async fn run_once(
        self,
        db: &crate::Db,
        scope: &'static str,
        create: impl FnOnce(&Transaction, T, &str) -> rusqlite::Result<Result<String, Vec<FieldError>>> + Send + 'static,
    ) -> Result<Outcome, ApiError> {
        let Creation { key, canonical, body } = self;
        let now = super::timestamp();
        Ok(db
            .run(move |conn| once(conn, scope, &key, &canonical, &now, |tx| create(tx, body, &now)))
            .await?)
    }
}

/// How long a key is remembered: long enough for any retry, short enough not
/// to keep a record of every request.
const KEY_LIFETIME: time::Duration = time::Duration::hours(24);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequest<S> for Creation<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let key = key(req.headers())?;
        let axum::Json(value) = axum::Json::<serde_json::Value>::from_request(req, state).await?;
        let canonical = super::hex(&Sha256::digest(value.to_string().as_bytes()));
        let body = serde_json::from_value(value)
            .map_err(|_| ApiError::BadRequest("The body is not the JSON this operation expects."))?;
        Ok(Creation { key, canonical, body })
    }
}

pub enum Outcome {
    Created(String),
    Replayed(String),
    Conflict,
    Invalid(Vec<FieldError>),
}

/// Runs `create` (which returns the JSON answer, or field errors that are not
/// remembered) unless `key` was seen before in `scope`.
pub fn once(
    conn: &mut Connection,
    scope: &str,
    key: &str,
    canonical_body: &str,
    now: &str,
    create: impl FnOnce(&Transaction) -> rusqlite::Result<Result<String, Vec<FieldError>>>,
) -> rusqlite::Result<Outcome> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let expired = (time::OffsetDateTime::now_utc() - KEY_LIFETIME)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    tx.execute("DELETE FROM idempotency_keys WHERE created_at < ?1", [expired])?;
    let earlier: Option<(String, String)> = tx
        .query_row(
            "SELECT body, response FROM idempotency_keys WHERE scope = ?1 AND key = ?2",
            params![scope, key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((body, response)) = earlier {
        return Ok(if body == canonical_body {
            Outcome::Replayed(response)
        } else {
            Outcome::Conflict
        });
    }
    let response = match create(&tx)? {
        Ok(json) => json,
        Err(errors) => return Ok(Outcome::Invalid(errors)),
    };
    tx.execute(
        "INSERT INTO idempotency_keys (scope, key, body, status, response, created_at) VALUES (?1, ?2, ?3, 201, ?4, ?5)",
        params![scope, key, canonical_body, response, now],
    )?;
    tx.commit()?;
    Ok(Outcome::Created(response))
}

impl Outcome {
    /// Rewrites the JSON answer (e.g. to add what must not be stored).
    pub fn map_json(self, f: impl FnOnce(String) -> String) -> Outcome {
        match self {
            Outcome::Created(json) => Outcome::Created(f(json)),
            Outcome::Replayed(json) => Outcome::Replayed(f(json)),
            other => other,
        }
    }

    pub fn into_response(self) -> Result<Response, ApiError> {
        let created = |json: String, replayed: bool| {
            let mut res = (StatusCode::CREATED, [(header::CONTENT_TYPE, "application/json")], json).into_response();
            if replayed {
                res.headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
            }
            res
        };
        match self {
            Outcome::Created(json) => Ok(created(json, false)),
            Outcome::Replayed(json) => Ok(created(json, true)),
            Outcome::Conflict => Err(ApiError::Conflict(
                "This Idempotency-Key was used with a different body.",
            )),
            Outcome::Invalid(errors) => Err(ApiError::Validation(errors)),
        }
    }
}

/// A random reference such as `QP-7K3M-9XQ2`, in Crockford's base32 (no I, L,
/// O, U) so it reads aloud and types without confusion, and says nothing about
/// volume or order. `taken` tells whether one is already in use.
pub fn reference(prefix: &str, taken: impl Fn(&str) -> rusqlite::Result<bool>) -> rusqlite::Result<String> {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    loop {
        let chars: String = random_bytes::<8>()?
            .iter()
            .map(|b| ALPHABET[usize::from(b % 32)] as char)
            .collect();
        let reference = format!("{prefix}-{}-{}", &chars[..4], &chars[4..]);
        if !taken(&reference)? {
            return Ok(reference);
        }
    }
}

pub fn random_bytes<const N: usize>() -> rusqlite::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    Ok(bytes)
}
