//! The API under abuse, over real HTTP: forged and trusted proxy headers,
//! guessing one person's details from many addresses, a flood past the global
//! ceiling, booking the whole queue, uploads from other sites and filling the
//! disk, rating stuffing, and answers whose length would tell the result.

mod common;

use common::*;
use qapi_server::client::{ProxyHeader, TrustedProxies};
use qapi_server::{Config, APPLICANT, BANNED, REGISTERED};
use serde_json::{json, Value};

fn config(name: &str) -> Config {
    Config {
        dist: no_bundle(),
        db: temp_db(name),
        demo: true,
        ..Default::default()
    }
}

fn behind_proxy(mut config: Config) -> Config {
    config.trusted_proxies = TrustedProxies {
        nets: vec!["127.0.0.0/8".parse().unwrap()],
        header: ProxyHeader::XForwardedFor,
    };
    config
}

/// A lookup as sent through the proxy for client `from`.
async fn lookup_from(server: &Server, from: &str, path: &str, body: &Value) -> u16 {
    reqwest::Client::new()
        .post(format!("{}/lookups/{path}", server.base))
        .header("X-Forwarded-For", from)
        .json(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

fn who(passport: &str, date_of_birth: &str) -> Value {
    json!({ "passport_number": passport, "date_of_birth": date_of_birth, "citizenship": "RUS" })
}

#[tokio::test]
async fn the_client_behind_a_trusted_proxy_is_told_apart_and_a_forged_header_is_not() {
    let limited = |c: Config| Config {
        lookups_per_minute: 1,
        ..c
    };
    let server = serve(behind_proxy(limited(config("proxy")))).await;
    let body = who("P1000001", "1990-01-01");
    assert_eq!(lookup_from(&server, "203.0.113.1", "travel-ban", &body).await, 200);
    assert_eq!(
        lookup_from(&server, "203.0.113.2", "travel-ban", &body).await,
        200,
        "another client"
    );
    assert_eq!(
        lookup_from(&server, "203.0.113.1", "travel-ban", &body).await,
        429,
        "the first client again"
    );
    assert_eq!(
        lookup_from(&server, "1.2.3.4, 203.0.113.1", "travel-ban", &body).await,
        429,
        "a client cannot escape its limit by prepending an address"
    );

    // Without --trusted-proxy the header is the client's own word: ignored.
    let server = serve(limited(config("no-proxy"))).await;
    assert_eq!(lookup_from(&server, "203.0.113.1", "travel-ban", &body).await, 200);
    assert_eq!(lookup_from(&server, "203.0.113.2", "travel-ban", &body).await, 429);
}

#[tokio::test]
async fn guessing_one_persons_date_of_birth_is_limited_across_addresses_and_lookups() {
    let server = serve(behind_proxy(Config {
        lookups_per_minute: 1000,
        person_lookups_per_hour: 3,
        ..config("per-person")
    }))
    .await;
    let paths = ["travel-ban", "registration-status", "application-status"];
    for (i, path) in paths.iter().enumerate() {
        let guess = who("P2000002", &format!("1990-01-0{}", i + 1));
        assert_eq!(
            lookup_from(&server, &format!("198.51.100.{i}"), path, &guess).await,
            200
        );
    }
    let res = reqwest::Client::new()
        .post(format!("{}/lookups/fee-payments", server.base))
        .header("X-Forwarded-For", "198.51.100.99")
        .json(&json!({ "passport_number": "p 2000002", "date_of_birth": "1990-01-09", "citizenship": "rus" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        429,
        "the fourth guess, from a fourth address, in another spelling"
    );
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(
        lookup_from(&server, "198.51.100.1", "travel-ban", &who("P3000003", "1990-01-01")).await,
        200,
        "another person is not affected"
    );
    let invalid = who("P2000002", "1990-02-30");
    assert_eq!(
        lookup_from(&server, "198.51.100.1", "travel-ban", &invalid).await,
        422,
        "an invalid body is refused before the person's limit"
    );
}

#[tokio::test]
async fn the_global_ceiling_holds_whatever_the_addresses() {
    let server = serve(behind_proxy(Config {
        lookups_global_per_minute: 2,
        ..config("ceiling")
    }))
    .await;
    let body = who("P4000004", "1990-01-01");
    assert_eq!(lookup_from(&server, "192.0.2.1", "travel-ban", &body).await, 200);
    assert_eq!(lookup_from(&server, "192.0.2.2", "travel-ban", &body).await, 200);
    assert_eq!(lookup_from(&server, "192.0.2.3", "travel-ban", &body).await, 429);
}

#[tokio::test]
async fn the_audit_log_records_lookups_and_refusals_without_personal_data() {
    let c = behind_proxy(Config {
        lookups_per_minute: 2,
        ..config("audit")
    });
    let log = c.db.with_extension("audit.log");
    let server = serve(c).await;
    let body = who("P5000005", "1990-01-01");
    assert_eq!(lookup_from(&server, "192.0.2.77", "travel-ban", &body).await, 200);
    assert_eq!(
        lookup_from(&server, "192.0.2.77", "travel-ban", &who("P5000005", "1990-13-01")).await,
        422
    );
    assert_eq!(lookup_from(&server, "192.0.2.77", "travel-ban", &body).await, 429);
    let mut lines = Vec::new();
    for _ in 0..100 {
        lines = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect();
        if lines.len() >= 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let entries: Vec<Value> = lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    let outcomes: Vec<&str> = entries.iter().map(|e| e["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["answered", "invalid", "refused-address"]);
    assert!(entries.iter().all(|e| e["lookup"] == "travel-ban"));
    assert_eq!(entries[0]["client"], entries[2]["client"], "one client, one pseudonym");
    assert_eq!(entries[0]["person"].as_str().unwrap().len(), 32);
    let text = lines.join("\n");
    for secret in ["P5000005", "1990-01-01", "192.0.2.77", "RUS"] {
        assert!(!text.contains(secret), "{secret} is in the audit log");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&log).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[tokio::test]
async fn a_found_and_a_not_found_answer_have_the_same_length() {
    let server = serve(Config {
        person_lookups_per_hour: 100,
        lookups_per_minute: 100,
        ..config("padding")
    })
    .await;
    let length = |path: &'static str, body: Value| {
        let url = format!("{}/lookups/{path}", server.base);
        async move {
            let res = reqwest::Client::new().post(url).json(&body).send().await.unwrap();
            let text = res.text().await.unwrap();
            serde_json::from_str::<Value>(&text).expect("padding keeps the answer JSON");
            text.len()
        }
    };
    let person = |p: &qapi_server::DemoPerson| json!({ "passport_number": p.passport_number, "date_of_birth": p.date_of_birth, "citizenship": p.citizenship });
    let nobody = who("P6000006", "1990-01-01");
    assert_eq!(
        length("travel-ban", person(&BANNED)).await,
        length("travel-ban", nobody.clone()).await
    );
    assert_eq!(
        length("registration-status", person(&REGISTERED)).await,
        length("registration-status", nobody.clone()).await
    );
    assert_eq!(
        length("application-status", person(&APPLICANT)).await,
        length("application-status", nobody.clone()).await,
        "a few applications fit the same block as none"
    );
    assert_eq!(
        length("fee-payments", person(&APPLICANT)).await,
        length("fee-payments", nobody).await
    );
}

fn booking(passport: &str, service: &str, time: &str) -> Value {
    json!({
        "service": service, "office": "baku", "date": next_weekday(), "time": time, "name": "Aydan Quliyeva",
        "passport_number": passport, "date_of_birth": "1990-04-12", "citizenship": "RUS"
    })
}

#[tokio::test]
async fn one_person_holds_one_booking_per_service_and_bookings_have_their_own_quota() {
    let server = serve(Config {
        bookings_per_hour: 4,
        creations_per_minute: 100,
        ..config("one-booking")
    })
    .await;
    let (status, _, first) = post_with(
        &server,
        "/queue/bookings",
        &booking("P7000007", "registration", "09:00"),
        Some("key-one-booking-1"),
    )
    .await;
    assert_eq!(status, 201);
    // The same person in another spelling, another time: refused.
    let mut again = booking("p 7000007", "registration", "11:00");
    again["date_of_birth"] = json!("1991-01-01");
    let (status, _, body) = post_with(&server, "/queue/bookings", &again, Some("key-one-booking-2")).await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"],
        json!([{ "field": "service", "code": "booking-exists" }])
    );
    assert_eq!(
        post_with(
            &server,
            "/queue/bookings",
            &booking("P7000007", "work-permit", "11:00"),
            Some("key-one-booking-3")
        )
        .await
        .0,
        201,
        "another service is another visit"
    );
    let cancel = reqwest::Client::new()
        .post(format!(
            "{}/queue/bookings/{}/cancel",
            server.base,
            first["reference"].as_str().unwrap()
        ))
        .json(&json!({ "secret": first["secret"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(cancel.status(), 204);
    assert_eq!(
        post_with(&server, "/queue/bookings", &again, Some("key-one-booking-4"))
            .await
            .0,
        201,
        "once cancelled, the person may book again"
    );
    let (status, headers, _) = post_with(
        &server,
        "/queue/bookings",
        &booking("P7000008", "registration", "12:00"),
        Some("key-one-booking-5"),
    )
    .await;
    assert_eq!(status, 429, "the fifth booking from one address in an hour");
    assert!(headers.contains_key("retry-after"));
    assert_eq!(
        post_with(
            &server,
            "/applications",
            &application("Aydan"),
            Some("key-one-booking-6")
        )
        .await
        .0,
        201,
        "applications are counted apart"
    );
}

#[tokio::test]
async fn a_booking_without_the_persons_details_is_refused() {
    let server = start(&temp_db("booking-person"), 100).await;
    let (status, _, body) = post_with(
        &server,
        "/queue/bookings",
        &json!({ "service": "registration", "office": "baku", "date": next_weekday(), "time": "09:00", "name": "Aydan" }),
        Some("key-booking-person-1"),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["passport_number", "date_of_birth", "citizenship"]);
}

fn pdf(text: &str) -> reqwest::multipart::Form {
    let mut content = b"%PDF-1.7 ".to_vec();
    content.extend_from_slice(text.as_bytes());
    reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(content).file_name("scan.pdf"))
}

async fn upload_keyed(server: &Server, form: reqwest::multipart::Form, key: &str) -> (u16, Value) {
    upload_with(server, form, &[("Idempotency-Key", key)]).await
}

async fn upload_with(server: &Server, form: reqwest::multipart::Form, headers: &[(&str, &str)]) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(format!("{}/attachments", server.base))
        .multipart(form);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn uploads_need_a_key_come_from_this_site_and_are_stored_once() {
    let server = start(&temp_db("upload-csrf"), 100).await;
    let key = ("Idempotency-Key", "upload-key-000000000000000000000001");
    assert_eq!(
        upload_with(&server, pdf("a"), &[]).await.0,
        400,
        "no key: a plain form post from anywhere"
    );
    assert_eq!(
        upload_with(&server, pdf("a"), &[key, ("Sec-Fetch-Site", "cross-site")])
            .await
            .0,
        403
    );
    assert_eq!(
        upload_with(&server, pdf("a"), &[key, ("Origin", "https://evil.example")])
            .await
            .0,
        403
    );
    let (status, first) = upload_with(&server, pdf("a"), &[key, ("Sec-Fetch-Site", "same-origin")]).await;
    assert_eq!(status, 201);
    let (status, again) = upload_with(&server, pdf("a"), &[key]).await;
    assert_eq!((status, &again), (201, &first), "a retry gets the same attachment");
    assert_eq!(
        upload_with(&server, pdf("b"), &[key]).await.0,
        409,
        "the key with another file"
    );
    let rating = reqwest::Client::new()
        .post(format!("{}/feedback", server.base))
        .header("Idempotency-Key", "rating-key-000000000000000000000001")
        .header("Sec-Fetch-Site", "cross-site")
        .json(&json!({ "service": "registration", "rating": 5 }))
        .send()
        .await
        .unwrap();
    assert_eq!(rating.status(), 403, "no other site may rate either");
}

#[tokio::test]
async fn uploads_are_bounded_per_address_and_in_all() {
    let big = |n: u8| {
        let mut content = b"%PDF-1.7 ".to_vec();
        content.resize(700 * 1024, n);
        reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(content).file_name("scan.pdf"))
    };
    let key = |n: u8| format!("upload-quota-key-{n:016}");
    let server = serve(Config {
        upload_mib_per_address_per_day: 1,
        creations_per_minute: 100,
        ..config("upload-quota")
    })
    .await;
    assert_eq!(upload_keyed(&server, big(1), &key(1)).await.0, 201);
    assert_eq!(upload_keyed(&server, big(2), &key(2)).await.0, 429, "1.4 MiB in a day");

    let server = serve(behind_proxy(Config {
        attachments_max_mib: 1,
        creations_per_minute: 100,
        ..config("upload-total")
    }))
    .await;
    let from = |n: u8| format!("192.0.2.{n}");
    let (k1, k2) = (key(1), key(2));
    let (a, b) = (from(1), from(2));
    assert_eq!(
        upload_with(&server, big(1), &[("Idempotency-Key", &k1), ("X-Forwarded-For", &a)])
            .await
            .0,
        201
    );
    let (status, body) = upload_with(&server, big(2), &[("Idempotency-Key", &k2), ("X-Forwarded-For", &b)]).await;
    assert_eq!(status, 507, "the storage for uploads is full, whoever sends: {body}");
}

#[tokio::test]
async fn uploads_no_application_lists_are_deleted_after_a_while() {
    let db = temp_db("orphans");
    let c = |ttl_secs| Config {
        dist: no_bundle(),
        db: db.clone(),
        creations_per_minute: 100,
        orphan_attachment_ttl: std::time::Duration::from_secs(ttl_secs),
        ..Default::default()
    };
    let server = serve(c(24 * 3600)).await;
    let id = |v: Value| v["id"].as_str().unwrap().to_owned();
    let orphan = id(
        upload_keyed(&server, pdf("orphan"), "orphan-key-0000000000000000000001")
            .await
            .1,
    );
    let listed = id(
        upload_keyed(&server, pdf("listed"), "orphan-key-0000000000000000000002")
            .await
            .1,
    );
    let mut app = application("Nərmin");
    app["attachments"] = json!([listed]);
    assert_eq!(
        post_with(&server, "/applications", &app, Some("key-orphans-application"))
            .await
            .0,
        201
    );
    drop(server);

    // Restarted with a short time to keep: the next upload clears the orphan.
    let server = serve(c(0)).await;
    assert_eq!(
        upload_keyed(&server, pdf("new"), "orphan-key-0000000000000000000003")
            .await
            .0,
        201
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let exists = |id: &str| -> bool {
        conn.query_row("SELECT EXISTS (SELECT 1 FROM attachments WHERE id = ?1)", [id], |r| {
            r.get(0)
        })
        .unwrap()
    };
    assert!(!exists(&orphan), "an upload no application lists is deleted");
    assert!(exists(&listed), "an application's document is kept");
}

#[tokio::test]
async fn ratings_have_a_small_quota_and_repeats_are_marked() {
    let c = Config {
        ratings_per_hour: 2,
        ..config("ratings")
    };
    let db = c.db.clone();
    let server = serve(c).await;
    let rating = json!({ "service": "registration", "rating": 5 });
    let rate = |key| post_with(&server, "/feedback", &rating, Some(key));
    assert_eq!(rate("key-rating-1").await.0, 201);
    assert_eq!(rate("key-rating-2").await.0, 201);
    let (status, headers, _) = rate("key-rating-3").await;
    assert_eq!(status, 429);
    assert!(headers.contains_key("retry-after"));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let repeated: Vec<i64> = conn
        .prepare("SELECT repeated FROM feedback ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        repeated,
        [0, 1],
        "the same client's second rating of the service that day"
    );
}

#[tokio::test]
async fn an_application_with_thousands_of_answers_is_refused_unread() {
    // Answers are kept in a short list (`ListMap`); reading thousands of
    // keys into it would cost quadratic time, some of it under the write lock.
    let server = serve(config("many-answers")).await;
    let mut app = application("Leyla");
    let answers = app["answers"].as_object_mut().unwrap();
    for i in 0..3_000 {
        answers.insert(format!("extra.k{i}"), json!("x"));
    }
    let (status, _, body) = post_with(&server, "/applications", &app, Some("key-many-answers")).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        post_with(&server, "/applications", &application("Leyla"), Some("key-few-answers"))
            .await
            .0,
        201
    );
}
