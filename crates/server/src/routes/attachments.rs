//! Document uploads: one file per request, recognised by its content.

use super::{hex, idempotency, timestamp};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use qapi_core::api::Attachment;
use qapi_core::attachment::{media_type, MAX_BYTES};
use rusqlite::params;

/// The whole request may exceed the file limit by the multipart framing.
pub const BODY_LIMIT: usize = MAX_BYTES + 64 * 1024;

pub async fn create(
    State(state): State<AppState>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Attachment>), ApiError> {
    let mut multipart =
        multipart.map_err(|_| ApiError::UnsupportedMediaType("Send the document as multipart/form-data."))?;
    let read_error = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else {
            ApiError::BadRequest("The multipart body cannot be read.")
        }
    };
    // Exactly one part, named `file`, as the contract says: anything else is
    // refused rather than read and dropped.
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
    let media_type = media_type(&content).ok_or(ApiError::UnsupportedMediaType("Send a PDF, JPEG or PNG file."))?;
    let id = format!("att_{}", hex(&idempotency::random_bytes::<16>()?));
    let answer = Attachment {
        id: id.clone(),
        media_type: media_type.into(),
        size: content.len() as u64,
    };
    let now = timestamp();
    state
        .db
        .run(move |conn| {
            conn.execute(
                "INSERT INTO attachments (id, media_type, size, content, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                // The bytes as received: no second copy of up to 5 MiB.
                params![id, media_type, content.len() as i64, &content[..], now],
            )
        })
        .await?;
    Ok((StatusCode::CREATED, Json(answer)))
}
