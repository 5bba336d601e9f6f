//! Satisfaction ratings: the agency is ranked on them (the ASAN service index).
//! Sent with an Idempotency-Key, so a retried rating counts once.

use super::idempotency::{self, Creation};
use super::timestamp;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::response::Response;
use qapi_core::api::{FeedbackReceipt, NewFeedback};
use rusqlite::params;

pub async fn create(
    State(state): State<AppState>,
    Creation { key, canonical, body: feedback }: Creation<NewFeedback>,
) -> Result<Response, ApiError> {
    let now = timestamp();
    let outcome = state
        .db
        .run(move |conn| {
            idempotency::once(conn, "feedback", &key, &canonical, &now.clone(), |tx| {
                let (service, rating, comment) = match feedback.validate() {
                    Ok(v) => v,
                    Err(errors) => return Ok(Err(errors)),
                };
                tx.execute(
                    "INSERT INTO feedback (service, rating, comment, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![service, rating, comment, now],
                )?;
                Ok(Ok(serde_json::to_string(&FeedbackReceipt { received_at: now.clone() }).unwrap_or_default()))
            })
        })
        .await?;
    outcome.into_response()
}
