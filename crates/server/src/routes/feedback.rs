//! Satisfaction ratings: the agency is ranked on them (the ASAN service index).
//! Sent with an Idempotency-Key, so a retried rating counts once. Stuffing is
//! held back twice: ratings have their own small per-address quota, and a
//! rating that repeats one from the same client for the same service on the
//! same day is stored marked `repeated`, so the agency's figures count one.

use super::idempotency::Creation;
use super::limits::client_key;
use super::{hex, today};
use crate::client::ClientAddr;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Extension;
use qapi_core::api::{FeedbackReceipt, NewFeedback};
use rusqlite::params;

pub async fn create(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    creation: Creation<NewFeedback>,
) -> Result<Response, ApiError> {
    // A new pseudonym every day: ratings cannot be linked across days.
    let client = hex(&state
        .key
        .pseudonym("rating-client", &format!("{}|{}", today(), client_key(ip))));
    creation
        .run_once(&state.db, "feedback", move |tx, feedback, now| {
            let (service, rating, comment) = match feedback.validate() {
                Ok(v) => v,
                Err(errors) => return Ok(Err(errors)),
            };
            let repeated: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM feedback WHERE client = ?1 AND service = ?2)",
                params![client, service],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO feedback (service, rating, comment, created_at, client, repeated)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![service, rating, comment, now, client, repeated],
            )?;
            Ok(Ok(serde_json::to_string(&FeedbackReceipt {
                received_at: now.to_owned(),
            })
            .unwrap_or_default()))
        })
        .await?
        .into_response()
}
