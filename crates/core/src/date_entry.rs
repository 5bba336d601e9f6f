//! A date as people enter it: in three boxes (day, month, year), or pasted
//! whole into one of them (`27.03.1990`, `27/03/1990`, `1990-03-27`). Read
//! into the `YYYY-MM-DD` the API takes, or told what is wrong and in which
//! box, so a form highlights only that part. Whether the date makes sense for
//! the question (not in the future, not before 1900) is the field's own rule
//! in `validate`, checked after this.

use crate::date::{days_in_month, CivilDate};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

/// What is wrong with an entered date, and which boxes to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryError {
    /// Nothing entered.
    Empty,
    /// Some boxes are empty (the others are filled).
    Missing(Vec<Part>),
    /// Boxes holding something other than digits.
    NotNumbers(Vec<Part>),
    /// A month that is not 1–12.
    NoSuchMonth,
    /// A day the month does not have (31 April, 29 February 2025).
    NoSuchDay,
    /// A year that is not four digits.
    YearDigits,
}

impl EntryError {
    /// The message explaining it (`Empty` is the field's `error-required`).
    pub fn message_id(&self) -> &'static str {
        match self {
            EntryError::Empty => "error-required",
            EntryError::Missing(parts) => match parts.as_slice() {
                [Part::Day] => "date-entry-missing-day",
                [Part::Month] => "date-entry-missing-month",
                [Part::Year] => "date-entry-missing-year",
                _ => "date-entry-incomplete",
            },
            EntryError::NotNumbers(_) => "date-entry-not-numbers",
            EntryError::NoSuchMonth => "date-entry-month",
            EntryError::NoSuchDay => "date-entry-day",
            EntryError::YearDigits => "date-entry-year",
        }
    }

    /// The boxes to mark as wrong.
    pub fn parts(&self) -> Vec<Part> {
        match self {
            EntryError::Empty => vec![Part::Day, Part::Month, Part::Year],
            EntryError::Missing(p) | EntryError::NotNumbers(p) => p.clone(),
            EntryError::NoSuchMonth => vec![Part::Month],
            EntryError::NoSuchDay => vec![Part::Day],
            EntryError::YearDigits => vec![Part::Year],
        }
    }

    /// Every message an entry error can show.
    pub const MESSAGE_IDS: &[&str] = &[
        "date-entry-missing-day",
        "date-entry-missing-month",
        "date-entry-missing-year",
        "date-entry-incomplete",
        "date-entry-not-numbers",
        "date-entry-month",
        "date-entry-day",
        "date-entry-year",
    ];
}

/// Digits only, whatever digits a phone keyboard or a paste gives (Arabic-Indic
/// and full-width digits become ASCII); `None` for anything else.
fn digits(raw: &str) -> Option<String> {
    raw.trim()
        .chars()
        .map(|c| c.to_digit(10).or_else(|| unicode_digit(c)))
        .map(|d| d.and_then(|d| char::from_digit(d, 10)))
        .collect()
}

fn unicode_digit(c: char) -> Option<u32> {
    // Zero of each decimal-digit block people's keyboards use.
    const ZEROS: [u32; 4] = [0x0660, 0x06F0, 0xFF10, 0x0966];
    let code = c as u32;
    ZEROS.iter().find(|&&z| (z..z + 10).contains(&code)).map(|z| code - z)
}

impl DateParts {
    pub fn new(day: &str, month: &str, year: &str) -> Self {
        DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    /// A whole date pasted into one box: day, month, year separated by `.`,
    /// `/`, `-` or spaces, or ISO `YYYY-MM-DD`. `None` when it is not one.
    pub fn from_pasted(text: &str) -> Option<DateParts> {
        let pieces: Vec<&str> = text
            .trim()
            .split(['.', '/', '-', ' ', '\u{a0}'])
            .filter(|p| !p.is_empty())
            .collect();
        let [a, b, c] = pieces.as_slice() else { return None };
        let all: Vec<String> = [a, b, c].iter().map(|p| digits(p)).collect::<Option<_>>()?;
        if all[0].len() == 4 {
            Some(DateParts::new(&all[2], &all[1], &all[0]))
        } else {
            Some(DateParts::new(&all[0], &all[1], &all[2]))
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year].iter().all(|p| p.trim().is_empty())
    }

    /// The date, or what is wrong with it.
    pub fn date(&self) -> Result<CivilDate, EntryError> {
        let boxes = [
            (Part::Day, &self.day),
            (Part::Month, &self.month),
            (Part::Year, &self.year),
        ];
        let empty: Vec<Part> = boxes
            .iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(p, _)| *p)
            .collect();
        if empty.len() == 3 {
            return Err(EntryError::Empty);
        }
        if !empty.is_empty() {
            return Err(EntryError::Missing(empty));
        }
        let read: Vec<Option<String>> = boxes.iter().map(|(_, v)| digits(v)).collect();
        let not_numbers: Vec<Part> = boxes
            .iter()
            .zip(&read)
            .filter(|(_, r)| r.is_none())
            .map(|((p, _), _)| *p)
            .collect();
        let [Some(day), Some(month), Some(year)] = [&read[0], &read[1], &read[2]] else {
            return Err(EntryError::NotNumbers(not_numbers));
        };
        // Too many digits to be a day or a month reads as one that does not exist.
        let number = |d: &str| d.parse::<u32>().unwrap_or(u32::MAX);
        let (day, month, year_n) = (number(day), number(month), number(year));
        if !(1..=12).contains(&month) {
            return Err(EntryError::NoSuchMonth);
        }
        if year.len() != 4 || year_n == 0 {
            return Err(EntryError::YearDigits);
        }
        let year_n = year_n as i32;
        if day == 0 || day > days_in_month(year_n, month) {
            return Err(EntryError::NoSuchDay);
        }
        CivilDate::new(year_n, month, day).ok_or(EntryError::NoSuchDay)
    }

    /// The boxes showing a date already known (e.g. an answer given before).
    pub fn of(date: CivilDate) -> Self {
        DateParts::new(
            &date.day().to_string(),
            &date.month().to_string(),
            &date.year().to_string(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(d: &str, m: &str, y: &str) -> Result<String, EntryError> {
        DateParts::new(d, m, y).date().map(|d| d.to_string())
    }

    #[test]
    fn three_boxes_read_as_people_type_them() {
        assert_eq!(date("27", "3", "1990"), Ok("1990-03-27".into()));
        assert_eq!(date(" 07 ", "03", "1990"), Ok("1990-03-07".into()));
        assert_eq!(date("٢٧", "٣", "١٩٩٠"), Ok("1990-03-27".into()), "Arabic-Indic digits");
        assert_eq!(date("29", "2", "2024"), Ok("2024-02-29".into()));
    }

    #[test]
    fn only_the_wrong_box_is_named() {
        assert_eq!(date("", "", ""), Err(EntryError::Empty));
        assert_eq!(date("27", "", "1990"), Err(EntryError::Missing(vec![Part::Month])));
        assert_eq!(date("", "3", ""), Err(EntryError::Missing(vec![Part::Day, Part::Year])));
        assert_eq!(date("2x", "3", "1990"), Err(EntryError::NotNumbers(vec![Part::Day])));
        assert_eq!(date("27", "13", "1990"), Err(EntryError::NoSuchMonth));
        assert_eq!(date("31", "4", "1990"), Err(EntryError::NoSuchDay));
        assert_eq!(date("29", "2", "2025"), Err(EntryError::NoSuchDay));
        assert_eq!(date("0", "4", "1990"), Err(EntryError::NoSuchDay));
        assert_eq!(date("27", "3", "90"), Err(EntryError::YearDigits));
        assert_eq!(date("27", "3", "19900"), Err(EntryError::YearDigits));
        assert_eq!(date("270000000000", "3", "1990"), Err(EntryError::NoSuchDay));
        assert_eq!(EntryError::NoSuchDay.parts(), vec![Part::Day]);
        assert_eq!(
            EntryError::Missing(vec![Part::Year]).message_id(),
            "date-entry-missing-year"
        );
    }

    #[test]
    fn a_pasted_date_fills_all_three_boxes() {
        for text in ["27.03.1990", "27/03/1990", "27-03-1990", " 27 03 1990 ", "1990-03-27"] {
            assert_eq!(
                DateParts::from_pasted(text),
                Some(DateParts::new("27", "03", "1990")),
                "{text}"
            );
        }
        assert_eq!(
            DateParts::from_pasted("7-3-1990"),
            Some(DateParts::new("7", "3", "1990"))
        );
        for text in ["27", "27.03", "x.y.z", "1.2.3.4", ""] {
            assert_eq!(DateParts::from_pasted(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_a_date_or_an_error_never_a_panic(d in "\\PC{0,6}", m in "\\PC{0,6}", y in "\\PC{0,6}") {
            let parts = DateParts::new(&d, &m, &y);
            if let Ok(date) = parts.date() {
                prop_assert_eq!(DateParts::of(date).date(), Ok(date));
            }
            let _ = DateParts::from_pasted(&format!("{d}.{m}.{y}"));
        }

        #[test]
        fn every_real_date_round_trips(days in -25_000i64..40_000) {
            let date = CivilDate::from_days(days).unwrap();
            prop_assert_eq!(DateParts::of(date).date(), Ok(date));
            let pasted = format!("{:02}.{:02}.{}", date.day(), date.month(), date.year());
            prop_assert_eq!(DateParts::from_pasted(&pasted).unwrap().date(), Ok(date));
        }
    }
}
