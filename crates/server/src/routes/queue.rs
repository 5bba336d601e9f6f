//! The online queue: offices, free times on a day, booking (exactly once) and
//! cancelling with the secret given at booking.

use super::idempotency::{self, Creation};
use super::{hex, timestamp, today};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use qapi_core::api::*;
use qapi_core::date::CivilDate;
use qapi_core::queue::slot_times;
use qapi_core::validate::{self, Code, Report};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Deserialize;

pub async fn offices(State(state): State<AppState>) -> Result<Json<OfficesAnswer>, ApiError> {
    let offices = state
        .db
        .read(|conn| {
            let mut q = conn.prepare(
                "SELECT id, name_az, name_en, name_ru, address_az, address_en, address_ru FROM offices ORDER BY rowid",
            )?;
            let rows = q.query_map([], |r| {
                Ok(Office {
                    id: r.get(0)?,
                    name: Localised {
                        az: r.get(1)?,
                        en: r.get(2)?,
                        ru: r.get(3)?,
                    },
                    address: Localised {
                        az: r.get(4)?,
                        en: r.get(5)?,
                        ru: r.get(6)?,
                    },
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })
        .await?;
    Ok(Json(OfficesAnswer { offices }))
}

#[derive(Deserialize)]
pub struct DateQuery {
    #[serde(default)]
    date: String,
}

/// Now in Baku, as `HH:MM`, to hide times of today that have passed.
fn baku_time_now() -> String {
    let now = super::baku_now();
    format!("{:02}:{:02}", now.hour(), now.minute())
}

/// Each slot of `date` with whether it can still be booked.
fn slots(conn: &Connection, office: &str, desks: i64, date: CivilDate) -> rusqlite::Result<Vec<Slot>> {
    let (is_today, now) = (date == today(), baku_time_now());
    let mut taken = conn.prepare_cached(
        "SELECT COUNT(*) FROM bookings WHERE office = ?1 AND date = ?2 AND time = ?3 AND cancelled_at IS NULL",
    )?;
    slot_times(date)
        .into_iter()
        .map(|time| {
            let booked: i64 = taken.query_row(params![office, date.to_string(), time], |r| r.get(0))?;
            let available = booked < desks && !(is_today && time <= now);
            Ok(Slot { time, available })
        })
        .collect()
}

fn desks(conn: &Connection, office: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT desks FROM offices WHERE id = ?1", [office], |r| r.get(0))
        .optional()
}

pub async fn free_slots(
    State(state): State<AppState>,
    office: Result<Path<String>, PathRejection>,
    query: Result<Query<DateQuery>, QueryRejection>,
) -> Result<Json<SlotsAnswer>, ApiError> {
    let Path(office) = office?;
    let Query(query) = query.map_err(|_| ApiError::BadRequest("The query string cannot be read."))?;
    let date = validate::booking_date(&query.date, today())
        .map_err(|code| ApiError::Validation(vec![FieldError::new("date", code)]))?;
    let answer = state
        .db
        .read(move |conn| {
            let Some(desks) = desks(conn, &office)? else {
                return Ok(None);
            };
            let slots = slots(conn, &office, desks, date)?;
            Ok(Some(SlotsAnswer {
                office,
                date: date.to_string(),
                slots,
            }))
        })
        .await?;
    answer.map(Json).ok_or(ApiError::NotFound)
}

pub async fn book(State(state): State<AppState>, creation: Creation<NewBooking>) -> Result<Response, ApiError> {
    let today = today();
    let key = state.key.clone();
    let outcome = creation
        .run_once(&state.db, "bookings", move |tx, request, now| {
            let mut r = Report::default();
            // Whether the office exists and the time is free is known here only.
            let office = request.office.trim();
            let desks = if office.is_empty() { None } else { desks(tx, office)? };
            if !office.is_empty() && desks.is_none() {
                r.add("office", Code::OfficeUnknown);
            }
            let valid = r.merge(request.validate(today));
            let (Some(valid), Some(desks)) = (valid, desks) else {
                return Ok(Err(r.finish(()).err().unwrap_or_default()));
            };
            let free = slots(tx, &valid.office, desks, valid.date)?
                .iter()
                .any(|s| s.time == valid.time && s.available);
            if !free {
                r.add("time", Code::SlotUnavailable);
            }
            let p = &valid.person;
            let person = hex(&key.pseudonym("person", &format!("{}|{}", p.passport_number, p.citizenship)));
            let holds_one: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM bookings WHERE person = ?1 AND service = ?2
                    AND cancelled_at IS NULL AND date >= ?3)",
                params![person, valid.service, today.to_string()],
                |row| row.get(0),
            )?;
            if holds_one {
                r.add("service", Code::BookingExists);
            }
            if let Err(errors) = r.finish(()) {
                return Ok(Err(errors));
            }
            let reference = idempotency::reference("QB", |b| {
                tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM bookings WHERE reference = ?1)",
                    [b],
                    |row| row.get(0),
                )
            })?;
            tx.execute(
                "INSERT INTO bookings (reference, service, office, date, time, name, passport_number, date_of_birth,
                        citizenship, person, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    reference,
                    valid.service,
                    valid.office,
                    valid.date.to_string(),
                    valid.time,
                    valid.name,
                    p.passport_number,
                    p.date_of_birth.to_string(),
                    p.citizenship,
                    person,
                    now
                ],
            )?;
            // Stored without its secret, which is derived again for each answer.
            let booking = Booking {
                reference,
                secret: String::new(),
                office: valid.office,
                date: valid.date.to_string(),
                time: valid.time,
            };
            Ok(Ok(serde_json::to_string(&booking).unwrap_or_default()))
        })
        .await?;
    // A replay must not hand back a booking that was cancelled since (its
    // slot may be someone else's now).
    if let idempotency::Outcome::Replayed(json) = &outcome {
        let reference = serde_json::from_str::<Booking>(json)
            .map(|b| b.reference)
            .unwrap_or_default();
        let cancelled: bool = state
            .db
            .run(move |conn| {
                conn.query_row(
                    "SELECT cancelled_at IS NOT NULL FROM bookings WHERE reference = ?1",
                    [reference],
                    |r| r.get(0),
                )
                .optional()
                .map(|c| c.unwrap_or(true))
            })
            .await?;
        if cancelled {
            return Err(ApiError::Conflict(
                "This booking was cancelled. Book again with a new Idempotency-Key.",
            ));
        }
    }
    let key = state.key;
    outcome
        .map_json(|json| match serde_json::from_str::<Booking>(&json) {
            Ok(mut b) => {
                b.secret = key.booking_secret(&b.reference);
                serde_json::to_string(&b).unwrap_or(json)
            }
            Err(_) => json,
        })
        .into_response()
}

/// Cancels a booking; an unknown reference and a wrong secret answer alike,
/// so references cannot be probed. Cancelling twice is not an error.
pub async fn cancel(
    State(state): State<AppState>,
    reference: Result<Path<String>, PathRejection>,
    body: Result<Json<CancelBooking>, JsonRejection>,
) -> Result<StatusCode, ApiError> {
    let Path(reference) = reference?;
    let Json(CancelBooking { secret }) = body?;
    if !state.key.is_booking_secret(&reference, &secret) {
        return Err(ApiError::NotFound);
    }
    let now = timestamp();
    let found = state
        .db
        .run(move |conn| {
            let matched = conn.execute(
                "UPDATE bookings SET cancelled_at = COALESCE(cancelled_at, ?2) WHERE reference = ?1",
                params![reference, now],
            )?;
            Ok(matched == 1)
        })
        .await?;
    if found {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}
