//! Submitting an application, exactly once (see `idempotency`).

use super::idempotency::{self, Creation};
use super::today;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::response::Response;
use qapi_core::api::{Application, ApplicationStatus, FieldError, NewApplication};
use qapi_core::validate::Code;
use rusqlite::params;

pub async fn create(State(state): State<AppState>, creation: Creation<NewApplication>) -> Result<Response, ApiError> {
    let today = today();
    creation
        .run_once(&state.db, "applications", move |tx, request, now| {
            let valid = match request.validate(today) {
                Ok(v) => v,
                Err(errors) => return Ok(Err(errors)),
            };
            let mut unknown = Vec::new();
            for id in &valid.attachments {
                // The path names the id where the request first listed it.
                let i = request.attachments.iter().position(|a| a == id).unwrap_or_default();
                let exists: bool =
                    tx.query_row("SELECT EXISTS (SELECT 1 FROM attachments WHERE id = ?1)", [id], |r| {
                        r.get(0)
                    })?;
                if !exists {
                    unknown.push(FieldError::new(&format!("attachments[{i}]"), Code::AttachmentUnknown));
                }
            }
            if !unknown.is_empty() {
                return Ok(Err(unknown));
            }
            let reference = idempotency::reference("QP", |r| {
                tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM applications WHERE reference = ?1)",
                    [r],
                    |row| row.get(0),
                )
            })?;
            let p = &valid.person;
            tx.execute(
                "INSERT INTO applications (reference, service, passport_number, date_of_birth, citizenship, given_name,
                        family_name, email, status, submitted_at, updated_at, answers)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'submitted', ?9, ?9, ?10)",
                params![
                    reference,
                    valid.service,
                    p.passport_number,
                    p.date_of_birth.to_string(),
                    p.citizenship,
                    valid.given_name,
                    valid.family_name,
                    valid.email,
                    now,
                    serde_json::to_string(&valid.answers).unwrap_or_else(|_| "{}".into())
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO status_history (application_id, status, at) VALUES (?1, 'submitted', ?2)",
                params![id, now],
            )?;
            for a in &valid.attachments {
                tx.execute(
                    "INSERT OR IGNORE INTO application_attachments VALUES (?1, ?2)",
                    params![id, a],
                )?;
            }
            let application = Application {
                reference,
                service: valid.service,
                status: ApplicationStatus::Submitted,
                submitted_at: now.to_owned(),
                updated_at: now.to_owned(),
            };
            Ok(Ok(serde_json::to_string(&application).unwrap_or_default()))
        })
        .await?
        .into_response()
}
