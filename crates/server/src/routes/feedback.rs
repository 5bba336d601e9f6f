//! Satisfaction ratings: the agency is ranked on them (the ASAN service index).
//! Sent with an Idempotency-Key, so a retried rating counts once.

use super::idempotency::Creation;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::response::Response;
use qapi_core::api::{FeedbackReceipt, NewFeedback};
use rusqlite::params;

pub async fn create(State(state): State<AppState>, creation: Creation<NewFeedback>) -> Result<Response, ApiError> {
    creation
        .run_once(&state.db, "feedback", |tx, feedback, now| {
            let (service, rating, comment) = match feedback.validate() {
                Ok(v) => v,
                Err(errors) => return Ok(Err(errors)),
            };
            tx.execute(
                "INSERT INTO feedback (service, rating, comment, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![service, rating, comment, now],
            )?;
            Ok(Ok(serde_json::to_string(&FeedbackReceipt {
                received_at: now.to_owned(),
            })
            .unwrap_or_default()))
        })
        .await?
        .into_response()
}
