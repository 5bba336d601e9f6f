//! Why a call failed, in terms a person can act on.

use super::http::{Answer, Error};
use qapi_core::api::{FieldError, Problem};
use qapi_core::i18n::{count, Messages};
use qapi_core::retry::Attempt;

#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The device is offline.
    Offline,
    /// Online, but the service could not be reached.
    Unreachable,
    TimedOut,
    RateLimited {
        retry_after_secs: Option<u64>,
    },
    /// 5xx: the service has a problem.
    Unavailable,
    /// 422: fields to correct, with the core's codes.
    Invalid(Vec<FieldError>),
    NotFound,
    Conflict,
    /// Another 4xx: the app sent something the service will not take.
    Rejected,
    /// The answer could not be read (not the JSON the contract promises).
    Unexpected,
    /// The browser has no secure random numbers for a submission's key.
    NoSecureRandom,
}

impl Failure {
    /// Ends a call: the answer's body on success, else the failure.
    pub(super) fn classify(result: Result<Answer, Error>, outcome: Attempt) -> Result<String, Failure> {
        let answer = match result {
            Err(Error::TimedOut) => return Err(Failure::TimedOut),
            Err(Error::NoAnswer) => return Err(Failure::no_answer()),
            Ok(answer) => answer,
        };
        Err(match answer.status {
            200..=299 => return Ok(answer.body),
            422 => match super::json::from_str::<Problem>(&answer.body) {
                Some(p) if !p.errors.is_empty() => Failure::Invalid(p.errors),
                _ => Failure::Unexpected,
            },
            404 => Failure::NotFound,
            409 => Failure::Conflict,
            429 => Failure::RateLimited {
                retry_after_secs: match outcome {
                    Attempt::Status { retry_after_secs, .. } => retry_after_secs,
                    _ => None,
                },
            },
            500..=599 => Failure::Unavailable,
            _ => Failure::Rejected,
        })
    }

    /// Nothing came back: offline, or the service could not be reached.
    pub fn no_answer() -> Failure {
        let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
        if online {
            Failure::Unreachable
        } else {
            Failure::Offline
        }
    }

    /// The translated sentence to show.
    pub fn message(&self, msgs: &Messages) -> String {
        match self {
            Failure::Offline => msgs.text("api-offline"),
            Failure::Unreachable => msgs.text("api-unreachable"),
            Failure::TimedOut => msgs.text("api-timed-out"),
            // Two minutes and more read better in minutes (a person's lookups can wait an hour).
            Failure::RateLimited {
                retry_after_secs: Some(s),
            } if *s >= 120 => msgs.format(
                "api-rate-limited-minutes",
                &[("minutes", count(s.div_ceil(60) as usize))],
            ),
            Failure::RateLimited {
                retry_after_secs: Some(s),
            } => msgs.format("api-rate-limited", &[("seconds", count(*s as usize))]),
            Failure::RateLimited { retry_after_secs: None } => msgs.text("api-rate-limited-later"),
            Failure::Unavailable => msgs.text("api-unavailable"),
            Failure::Invalid(_) => msgs.text("api-invalid"),
            Failure::NotFound => msgs.text("api-not-found"),
            Failure::Conflict => msgs.text("api-conflict"),
            Failure::Rejected => msgs.text("api-rejected"),
            Failure::Unexpected => msgs.text("api-unexpected"),
            Failure::NoSecureRandom => msgs.text("api-no-secure-random"),
        }
    }
}
