//! Demo data, written on the first run so that every lookup has something to
//! find (see the README's "Demo data" table). Nothing here is a real person.

use rusqlite::{params, Connection, TransactionBehavior};

pub struct DemoPerson {
    pub passport_number: &'static str,
    pub date_of_birth: &'static str,
    pub citizenship: &'static str,
}

/// Has applications in several states, a registration and an unpaid fee.
pub const APPLICANT: DemoPerson = DemoPerson {
    passport_number: "751234567",
    date_of_birth: "1990-04-12",
    citizenship: "RUS",
};
/// Has a travel ban.
pub const BANNED: DemoPerson = DemoPerson {
    passport_number: "123456789",
    date_of_birth: "1985-09-30",
    citizenship: "GBR",
};
/// Registered at a place of stay, nothing else.
pub const REGISTERED: DemoPerson = DemoPerson {
    passport_number: "U12345678",
    date_of_birth: "1978-01-15",
    citizenship: "TUR",
};

/// The demo people (`--demo` only: a real deployment must not answer for
/// invented people, one of them with a published travel ban).
/// Reference, service, status, document number, payment number, history (status, time).
type DemoApplication<'a> = (
    &'a str,
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    &'a [(&'a str, &'a str)],
);

pub fn demo_people_if_empty(conn: &mut Connection) -> rusqlite::Result<()> {
    // Write-locked before the check, so two servers starting together seed once.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let seeded: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM registrations)", [], |r| r.get(0))?;
    if seeded {
        return Ok(());
    }
    let a = &APPLICANT;
    let apps: &[DemoApplication] = &[
        (
            "QP-DEMO-0001",
            "stay-extension",
            "issued",
            Some("MOM1234567"),
            None,
            &[
                ("submitted", "2026-09-01T08:12:00Z"),
                ("in-review", "2026-09-01T11:40:00Z"),
                ("approved", "2026-09-02T09:05:00Z"),
                ("issued", "2026-09-02T09:06:00Z"),
            ],
        ),
        (
            "QP-DEMO-0002",
            "temporary-residence",
            "awaiting-payment",
            None,
            Some("PAY-2026-000451"),
            &[
                ("submitted", "2026-10-20T07:30:00Z"),
                ("in-review", "2026-10-21T10:00:00Z"),
                ("awaiting-payment", "2026-11-10T13:15:00Z"),
            ],
        ),
        (
            "QP-DEMO-0004",
            "temporary-residence",
            "issued",
            Some("MYİ1234567"),
            Some("PAY-2025-000102"),
            &[
                ("submitted", "2025-03-03T09:00:00Z"),
                ("in-review", "2025-03-04T10:20:00Z"),
                ("awaiting-payment", "2025-03-20T12:00:00Z"),
                ("issued", "2025-03-24T08:45:00Z"),
            ],
        ),
        (
            "QP-DEMO-0003",
            "registration",
            "documents-requested",
            None,
            None,
            &[
                ("submitted", "2026-11-18T16:02:00Z"),
                ("documents-requested", "2026-11-19T09:30:00Z"),
            ],
        ),
    ];
    for (reference, service, status, document, payment, history) in apps {
        let (first, last) = (history[0].1, history[history.len() - 1].1);
        tx.execute(
            "INSERT INTO applications (reference, service, passport_number, date_of_birth, citizenship, given_name, family_name,
                status, document_number, payment_number, submitted_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'Anna', 'Petrova', ?6, ?7, ?8, ?9, ?10)",
            params![reference, service, a.passport_number, a.date_of_birth, a.citizenship, status, document, payment, first, last],
        )?;
        let id = tx.last_insert_rowid();
        for (s, at) in history.iter() {
            tx.execute(
                "INSERT INTO status_history (application_id, status, at) VALUES (?1, ?2, ?3)",
                params![id, s, at],
            )?;
        }
    }
    tx.execute(
        "INSERT INTO fee_payments VALUES ('PAY-2026-000451', ?1, ?2, ?3, 'temporary-residence', '160.00', 'unpaid', '2026-12-10')",
        params![a.passport_number, a.date_of_birth, a.citizenship],
    )?;
    tx.execute(
        "INSERT INTO fee_payments VALUES ('PAY-2026-000388', ?1, ?2, ?3, 'stay-extension', '30.00', 'paid', '2026-09-30')",
        params![a.passport_number, a.date_of_birth, a.citizenship],
    )?;
    // Relative to the first run, so the demo keeps working for a year.
    let today = crate::routes::today();
    for (p, days) in [(&APPLICANT, 365), (&REGISTERED, 90)] {
        let until = today.add_days(days).map(|d| d.to_string()).unwrap_or_default();
        tx.execute(
            "INSERT INTO registrations VALUES (?1, ?2, ?3, ?4)",
            params![p.passport_number, p.date_of_birth, p.citizenship, until],
        )?;
    }
    tx.execute(
        "INSERT INTO travel_bans VALUES (?1, ?2, ?3)",
        params![BANNED.passport_number, BANNED.date_of_birth, BANNED.citizenship],
    )?;
    tx.commit()
}

/// The offices of the online queue: the service's own data, in every database.
pub fn offices_if_empty(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let seeded: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM offices)", [], |r| r.get(0))?;
    if seeded {
        return Ok(());
    }
    let offices = [
        (
            "baku",
            "Bakı şəhəri üzrə Miqrasiya İdarəsi",
            "Baku City Migration Department",
            "Миграционное управление города Баку",
            "Bakı şəhəri",
            "Baku",
            "город Баку",
            3,
        ),
        (
            "ganja",
            "Gəncə Regional Miqrasiya İdarəsi",
            "Ganja Regional Migration Department",
            "Гянджинское региональное миграционное управление",
            "Gəncə şəhəri",
            "Ganja",
            "город Гянджа",
            2,
        ),
        (
            "sheki",
            "Şəki Regional Miqrasiya İdarəsi",
            "Sheki Regional Migration Department",
            "Шекинское региональное миграционное управление",
            "Şəki şəhəri",
            "Sheki",
            "город Шеки",
            1,
        ),
    ];
    for (id, n_az, n_en, n_ru, a_az, a_en, a_ru, desks) in offices {
        tx.execute(
            "INSERT INTO offices VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, n_az, n_en, n_ru, a_az, a_en, a_ru, desks],
        )?;
    }
    tx.commit()
}
