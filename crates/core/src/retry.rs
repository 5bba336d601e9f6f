//! When to try an HTTP call again. Only calls that are safe to repeat are
//! retried: reads, lookups, and submissions that carry an Idempotency-Key.
//! Pure, so the rules are tested natively; the app supplies the clock.

/// How one attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// No answer: the network failed or the request was aborted.
    NoAnswer,
    TimedOut,
    /// An HTTP status, with the `Retry-After` header in seconds when given.
    Status {
        code: u16,
        retry_after_secs: Option<u64>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Done,
    RetryAfterMs(u64),
    GiveUp,
}

/// Attempts in all, the first included.
pub const MAX_ATTEMPTS: u32 = 3;
/// A longer wait than this is not worth holding a person's screen for; the
/// app tells them when to try again instead.
pub const MAX_WAIT_MS: u64 = 10_000;

/// What to do after attempt number `attempt` (1-based) ended as `outcome`.
/// `jitter_ms` (0–250, random) spreads retries from many clients apart.
pub fn decide(outcome: Attempt, attempt: u32, repeatable: bool, jitter_ms: u64) -> Decision {
    let transient = match outcome {
        Attempt::NoAnswer | Attempt::TimedOut => true,
        Attempt::Status { code: 502..=504, .. } | Attempt::Status { code: 429, .. } => true,
        Attempt::Status { .. } => return Decision::Done,
    };
    if !transient || !repeatable || attempt >= MAX_ATTEMPTS {
        return Decision::GiveUp;
    }
    let backoff = 500 * 2u64.pow(attempt - 1) + jitter_ms;
    let wait = match outcome {
        Attempt::Status {
            retry_after_secs: Some(s),
            ..
        } => s.saturating_mul(1000).max(backoff),
        _ => backoff,
    };
    if wait > MAX_WAIT_MS {
        Decision::GiveUp
    } else {
        Decision::RetryAfterMs(wait)
    }
}

/// `Retry-After` in seconds, from either form the header may take; an HTTP
/// date is measured against `now_unix_secs`.
pub fn parse_retry_after(value: &str, now_unix_secs: u64) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs);
    }
    http_date_unix_secs(value).map(|at| at.saturating_sub(now_unix_secs))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 IMF-fixdate) as Unix seconds.
fn http_date_unix_secs(value: &str) -> Option<u64> {
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as u32 + 1;
    let date = crate::date::CivilDate::new(year.parse().ok()?, month, day.parse().ok()?)?;
    let hms: Vec<u64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else { return None };
    let days = u64::try_from(date.to_days()).ok()?;
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16) -> Attempt {
        Attempt::Status {
            code,
            retry_after_secs: None,
        }
    }

    const S503: Attempt = Attempt::Status {
        code: 503,
        retry_after_secs: None,
    };

    #[test]
    fn transient_failures_of_repeatable_calls_are_retried_with_backoff() {
        assert_eq!(decide(Attempt::NoAnswer, 1, true, 0), Decision::RetryAfterMs(500));
        assert_eq!(decide(S503, 2, true, 100), Decision::RetryAfterMs(1100));
        assert_eq!(decide(Attempt::TimedOut, MAX_ATTEMPTS, true, 0), Decision::GiveUp);
    }

    #[test]
    fn other_calls_and_answers_are_not() {
        assert_eq!(decide(S503, 1, false, 0), Decision::GiveUp);
        assert_eq!(decide(status(500), 1, true, 0), Decision::Done);
        assert_eq!(decide(status(422), 1, true, 0), Decision::Done);
        assert_eq!(decide(status(201), 1, true, 0), Decision::Done);
    }

    #[test]
    fn retry_after_is_honoured_unless_too_long() {
        let r = |s| Attempt::Status {
            code: 429,
            retry_after_secs: Some(s),
        };
        assert_eq!(decide(r(2), 1, true, 0), Decision::RetryAfterMs(2000));
        assert_eq!(
            decide(r(0), 1, true, 0),
            Decision::RetryAfterMs(500),
            "never sooner than the backoff"
        );
        assert_eq!(decide(r(60), 1, true, 0), Decision::GiveUp);
    }

    #[test]
    fn retry_after_in_both_forms() {
        assert_eq!(parse_retry_after(" 120 ", 0), Some(120));
        let now = 784_111_777 - 30; // 30 s before Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(30));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now + 100), Some(0));
        assert_eq!(parse_retry_after("soon", 0), None);
    }
}
