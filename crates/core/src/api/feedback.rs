//! Satisfaction ratings.

use crate::validate::{self, Code, FieldError, Report};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewFeedback {
    #[serde(default)]
    pub service: String,
    /// 1–5; `None` (absent or null) until the person chooses one, which
    /// validation refuses with `required`. JSON has one number type: `4.0`
    /// is 4; `4.5` reads as 0, which validation refuses with `rating-range`.
    #[serde(default, deserialize_with = "whole_number", skip_serializing_if = "Option::is_none")]
    pub rating: Option<i64>,
    #[serde(default)]
    pub comment: String,
}

impl NewFeedback {
    /// The service id, rating and trimmed comment, when valid.
    pub fn validate(&self) -> Result<(String, u8, String), Vec<FieldError>> {
        let mut r = Report::default();
        let service = r.check("service", validate::service(&self.service).map(|s| s.id.to_string()));
        let rating = r.check("rating", self.rating.ok_or(Code::Required).and_then(validate::rating));
        let comment = r.check("comment", validate::optional_text(&self.comment, 1000));
        match (service, rating, comment) {
            (Some(s), Some(rt), Some(c)) => r.finish((s, rt, c)),
            _ => Err(r.finish(()).expect_err("a missing field was reported")),
        }
    }
}

fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    let n = Option::<f64>::deserialize(d)?;
    Ok(n.map(|n| {
        if n.fract() == 0.0 && n.abs() <= 1e15 {
            n as i64
        } else {
            0
        }
    }))
}

/// What `POST /feedback` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackReceipt {
    pub received_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rating_is_a_whole_number_from_1_to_5() {
        let f = NewFeedback {
            service: "registration".into(),
            rating: Some(6),
            comment: String::new(),
        };
        assert_eq!(f.validate().unwrap_err()[0].code, Code::RatingRange);
        let read = |json: &str| serde_json::from_str::<NewFeedback>(json).unwrap().rating;
        assert_eq!(read(r#"{"service":"registration","rating":4.0}"#), Some(4));
        assert_eq!(read(r#"{"service":"registration","rating":4.5}"#), Some(0));
        assert_eq!(read(r#"{"service":"registration","rating":null}"#), None);
        assert_eq!(read(r#"{"service":"registration"}"#), None);
        let unrated = NewFeedback {
            service: "registration".into(),
            rating: None,
            comment: String::new(),
        };
        let errors = unrated.validate().unwrap_err();
        assert_eq!((errors[0].field.as_str(), errors[0].code), ("rating", Code::Required));
    }
}
