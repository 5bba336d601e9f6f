//! Satisfaction ratings: the agency is ranked on them (the ASAN service index).

use super::timestamp;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use qapi_core::api::NewFeedback;
use rusqlite::params;

pub async fn create(State(state): State<AppState>, body: Result<Json<NewFeedback>, JsonRejection>) -> Result<StatusCode, ApiError> {
    let Json(feedback) = body?;
    let (service, rating, comment) = feedback.validate().map_err(ApiError::Validation)?;
    let at = timestamp();
    state
        .db
        .run(move |conn| {
            conn.execute(
                "INSERT INTO feedback (service, rating, comment, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![service, rating, comment, at],
            )
        })
        .await?;
    Ok(StatusCode::CREATED)
}
