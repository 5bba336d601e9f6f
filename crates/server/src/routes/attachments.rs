//! Document uploads: one file per request, recognised by its content, stored
//! exactly once per `Idempotency-Key` (the header also forces a CORS
//! preflight, so other sites cannot make their visitors upload). Storage is
//! bounded three ways: bytes per client address per day, bytes in all, and
//! uploads no application lists are deleted after a while.

use super::limits::{client_key, quota, Keyed};
use super::{hex, idempotency, timestamp};
use crate::client::ClientAddr;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use qapi_core::api::Attachment;
use qapi_core::attachment::{media_type, MAX_BYTES};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The whole request may exceed the file limit by the multipart framing.
pub const BODY_LIMIT: usize = MAX_BYTES + 64 * 1024;

pub struct UploadPolicy {
    /// Kibibytes per client per day.
    per_address: Keyed<IpAddr>,
    max_total_bytes: i64,
    orphan_ttl: Duration,
    last_sweep: Mutex<Option<Instant>>,
}

/// How often, at most, unlisted uploads are looked for.
const SWEEP_EVERY: Duration = Duration::from_secs(600);

impl UploadPolicy {
    pub fn new(config: &crate::Config) -> Self {
        UploadPolicy {
            per_address: Keyed::new(quota(
                config.upload_mib_per_address_per_day.saturating_mul(1024),
                Duration::from_secs(24 * 3600),
            )),
            max_total_bytes: i64::try_from(config.attachments_max_mib.saturating_mul(1024 * 1024)).unwrap_or(i64::MAX),
            orphan_ttl: config.orphan_attachment_ttl,
            last_sweep: Mutex::new(None),
        }
    }

    /// True when a sweep is due (and counts it as started).
    fn sweep_due(&self) -> bool {
        let mut last = self.last_sweep.lock().unwrap_or_else(|p| p.into_inner());
        let due = last.is_none_or(|at| at.elapsed() >= SWEEP_EVERY);
        if due {
            *last = Some(Instant::now());
        }
        due
    }
}

/// Deletes uploads older than `ttl` that no application lists.
fn sweep(conn: &Connection, ttl: Duration) -> rusqlite::Result<usize> {
    let cutoff = time::OffsetDateTime::now_utc() - ttl;
    let cutoff = cutoff
        .replace_nanosecond(0)
        .unwrap_or(cutoff)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    conn.execute(
        "DELETE FROM attachments WHERE created_at <= ?1
           AND NOT EXISTS (SELECT 1 FROM application_attachments WHERE attachment_id = attachments.id)",
        [cutoff],
    )
}

pub async fn create(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, ApiError> {
    let key = idempotency::key(&headers)?;
    let content = read_file(multipart).await?;
    let media_type = media_type(&content).ok_or(ApiError::UnsupportedMediaType("Send a PDF, JPEG or PNG file."))?;
    let kib = u32::try_from(content.len().div_ceil(1024)).unwrap_or(u32::MAX);
    state.uploads.per_address.check_n(&client_key(ip), kib)?;

    let policy = state.uploads.clone();
    let digest = hex(&Sha256::digest(&content));
    let now = timestamp();
    let outcome = state
        .db
        .run(move |conn| {
            if policy.sweep_due() {
                sweep(conn, policy.orphan_ttl)?;
            }
            idempotency::once(conn, "attachments", &key, &digest, &now, |tx| {
                let stored: i64 = tx.query_row("SELECT COALESCE(SUM(size), 0) FROM attachments", [], |r| r.get(0))?;
                if stored.saturating_add(content.len() as i64) > policy.max_total_bytes {
                    return Ok(Err(Vec::new()));
                }
                let id = format!("att_{}", hex(&idempotency::random_bytes::<16>()?));
                tx.execute(
                    "INSERT INTO attachments (id, media_type, size, content, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    // The bytes as received: no second copy of up to 5 MiB.
                    params![id, media_type, content.len() as i64, &content[..], now],
                )?;
                let answer = Attachment {
                    id,
                    media_type: media_type.into(),
                    size: content.len() as u64,
                };
                Ok(Ok(serde_json::to_string(&answer).unwrap_or_default()))
            })
        })
        .await?;
    match outcome {
        // The only refusal inside the transaction: no room left.
        idempotency::Outcome::Invalid(_) => Err(ApiError::InsufficientStorage),
        other => other.into_response(),
    }
}

/// Exactly one part, named `file`, as the contract says: anything else is
/// refused rather than read and dropped.
async fn read_file(multipart: Result<Multipart, MultipartRejection>) -> Result<axum::body::Bytes, ApiError> {
    let mut multipart =
        multipart.map_err(|_| ApiError::UnsupportedMediaType("Send the document as multipart/form-data."))?;
    let read_error = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else {
            ApiError::BadRequest("The multipart body cannot be read.")
        }
    };
    const ONE_PART: &str = "Send the document as the only part, named \"file\".";
    let mut content = None;
    while let Some(field) = multipart.next_field().await.map_err(read_error)? {
        if field.name() != Some("file") || content.is_some() {
            return Err(ApiError::BadRequest(ONE_PART));
        }
        content = Some(field.bytes().await.map_err(read_error)?);
    }
    let content = content.ok_or(ApiError::BadRequest(ONE_PART))?;
    if content.len() > MAX_BYTES {
        return Err(ApiError::PayloadTooLarge);
    }
    Ok(content)
}
