//! The API over real HTTP on loopback, with a real SQLite file: lookups on the
//! demo data, validation codes, idempotency, rate limits, durability across a
//! crash (SIGKILL of the real binary) and concurrent submissions.

mod common;

use common::*;
use qapi_core::validate::Code;
use qapi_server::{Config, APPLICANT, BANNED, REGISTERED};
use serde_json::{json, Value};
use std::path::Path;

#[tokio::test]
async fn lookups_answer_from_the_demo_data() {
    let server = start(&temp_db("lookups"), 100).await;
    let (status, headers, body) = post(&server, "/lookups/application-status", &person(&APPLICANT)).await;
    assert_eq!(status, 200);
    assert_eq!(headers["cache-control"], "no-store");
    let apps = body["applications"].as_array().unwrap();
    assert_eq!(apps.len(), 4);
    assert!(apps
        .iter()
        .any(|a| a["document_number"] == "MOM•••4567" && a["status"] == "issued"));
    assert!(
        apps.iter().any(|a| a["document_number"] == "MYİ•••4567"),
        "the dotted İ survives storage and JSON; only the kind and the last four are shown"
    );
    assert!(apps.iter().all(|a| !a["history"].as_array().unwrap().is_empty()));

    let (_, _, body) = post(&server, "/lookups/travel-ban", &person(&BANNED)).await;
    assert_eq!(body["status"], "ban");
    let (_, _, body) = post(&server, "/lookups/travel-ban", &person(&REGISTERED)).await;
    assert_eq!(body["status"], "no-ban");
    let (_, _, body) = post(&server, "/lookups/registration-status", &person(&REGISTERED)).await;
    assert_eq!(body["status"], "registered");
    let (_, _, body) = post(&server, "/lookups/fee-payments", &person(&APPLICANT)).await;
    assert!(body["payments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["status"] == "unpaid"));
}

#[tokio::test]
async fn an_unknown_person_gets_the_same_shape_as_a_known_one() {
    let server = start(&temp_db("unknown"), 100).await;
    let nobody = json!({ "passport_number": "ZZ9999999", "date_of_birth": "1970-01-01", "citizenship": "FRA" });
    let (status, _, body) = post(&server, "/lookups/application-status", &nobody).await;
    assert_eq!((status, body), (200, json!({ "applications": [] })));
    let (_, _, body) = post(&server, "/lookups/registration-status", &nobody).await;
    assert_eq!(body, json!({ "status": "not-found" }));
}

#[tokio::test]
async fn invalid_fields_get_422_with_the_cores_codes() {
    let server = start(&temp_db("invalid"), 100).await;
    let bad = json!({ "passport_number": "x!", "date_of_birth": "1990-02-30", "citizenship": "" });
    let (status, headers, body) = post(&server, "/lookups/travel-ban", &bad).await;
    assert_eq!(status, 422);
    assert_eq!(headers["content-type"], "application/problem+json");
    assert_eq!(
        body["errors"],
        json!([
            { "field": "passport_number", "code": Code::PassportNumberFormat.key() },
            { "field": "date_of_birth", "code": Code::DateNotReal.key() },
            { "field": "citizenship", "code": Code::Required.key() },
        ])
    );
    let (status, _, body) = post_with(
        &server,
        "/applications",
        &json!({ "service": "travel-ban-check", "applicant": {} }),
        Some("key-invalid-1"),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"][0],
        json!({ "field": "service", "code": "service-not-application" })
    );
}

#[tokio::test]
async fn malformed_bodies_and_unknown_paths_are_problems_too() {
    let server = start(&temp_db("malformed"), 100).await;
    let res = reqwest::Client::new()
        .post(format!("{}/lookups/travel-ban", server.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let res = reqwest::get(format!("{}/no-such-thing", server.base)).await.unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let res = reqwest::get(format!("{}/applications", server.base)).await.unwrap();
    assert_eq!(res.status(), 405);
    for method in [reqwest::Method::GET, reqwest::Method::POST] {
        let res = reqwest::Client::new()
            .request(method, format!("{}/", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            404,
            "the API root with a slash is the API's, not the app's"
        );
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        assert_eq!(res.headers()["cache-control"], "no-store");
    }
}

#[tokio::test]
async fn the_same_key_and_body_return_the_same_application_and_another_body_conflicts() {
    let server = start(&temp_db("idempotency"), 100).await;
    let (status, _, first) = post_with(&server, "/applications", &application("Leyla"), Some("key-same-0001")).await;
    assert_eq!(status, 201);
    assert!(first["reference"].as_str().unwrap().starts_with("QP-"));
    let (status, headers, again) =
        post_with(&server, "/applications", &application("Leyla"), Some("key-same-0001")).await;
    assert_eq!((status, &again), (201, &first));
    assert_eq!(headers["idempotent-replayed"], "true");
    let (status, _, body) = post_with(&server, "/applications", &application("Aysel"), Some("key-same-0001")).await;
    assert_eq!(status, 409);
    assert_eq!(body["status"], 409);
    let (status, _, _) = post(&server, "/applications", &application("Leyla")).await;
    assert_eq!(status, 400, "the key is required");
}

#[tokio::test]
async fn lookups_are_rate_limited_with_retry_after() {
    let server = start(&temp_db("rate"), 3).await;
    for _ in 0..3 {
        assert_eq!(post(&server, "/lookups/travel-ban", &person(&BANNED)).await.0, 200);
    }
    let (status, headers, body) = post(&server, "/lookups/travel-ban", &person(&BANNED)).await;
    assert_eq!(status, 429);
    let retry: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    assert_eq!(body["status"], 429);
    // Submissions have their own limit.
    assert_eq!(
        post_with(&server, "/applications", &application("Nigar"), Some("key-rate-0001"))
            .await
            .0,
        201
    );
}

#[tokio::test]
async fn what_was_answered_201_survives_a_crash() {
    let db = temp_db("crash");
    let first = Process::start(&db).await;
    let (status, _, body) = post_with(
        &first.server,
        "/applications",
        &application("Rauf"),
        Some("key-crash-01"),
    )
    .await;
    assert_eq!(status, 201);
    let reference = body["reference"].as_str().unwrap().to_owned();
    let booking = booking_of("ganja", &next_weekday(), "10:00", "Rauf Məmmədov", "C01X00T47");
    let (status, _, booked) = post_with(&first.server, "/queue/bookings", &booking, Some("key-crash-02")).await;
    assert_eq!(status, 201);
    first.crash();

    let again = Process::start(&db).await;
    let server = &again.server;
    let who = json!({ "passport_number": "C01X00T47", "date_of_birth": "1992-06-01", "citizenship": "DEU" });
    let (_, _, body) = post(server, "/lookups/application-status", &who).await;
    let refs: Vec<&str> = body["applications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["reference"].as_str().unwrap())
        .collect();
    assert_eq!(refs, vec![reference.as_str()]);
    let (_, headers, _) = post_with(server, "/applications", &application("Rauf"), Some("key-crash-01")).await;
    assert_eq!(headers["idempotent-replayed"], "true", "the key outlives the crash too");
    let cancel = reqwest::Client::new()
        .post(format!(
            "{}/queue/bookings/{}/cancel",
            server.base,
            booked["reference"].as_str().unwrap()
        ))
        .json(&json!({ "secret": booked["secret"] }))
        .send()
        .await
        .unwrap();
    assert!(
        cancel.status().is_success(),
        "the booking made before the crash cancels with its secret: {}",
        cancel.status()
    );
    again.crash();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_submissions_are_each_stored_exactly_once() {
    let server = std::sync::Arc::new(start(&temp_db("concurrent"), 100).await);
    // 50 distinct submissions, each sent twice at the same time with its key.
    let mut tasks = Vec::new();
    for i in 0..100 {
        let server = server.clone();
        tasks.push(tokio::spawn(async move {
            let key = format!("key-concurrent-{:03}", i % 50);
            let (status, _, body) = post_with(
                &server,
                "/applications",
                &application(&format!("Name{}", "x".repeat(i % 50 + 1))),
                Some(&key),
            )
            .await;
            (status, body["reference"].as_str().unwrap_or_default().to_owned())
        }));
    }
    let mut references = std::collections::BTreeSet::new();
    for t in tasks {
        let (status, reference) = t.await.unwrap();
        assert_eq!(status, 201);
        references.insert(reference);
    }
    assert_eq!(references.len(), 50);
    let who = json!({ "passport_number": "C01X00T47", "date_of_birth": "1992-06-01", "citizenship": "DEU" });
    let (_, _, body) = post(&server, "/lookups/application-status", &who).await;
    assert_eq!(body["applications"].as_array().unwrap().len(), 50);
}

#[tokio::test]
async fn feedback_is_validated_and_stored() {
    let server = start(&temp_db("feedback"), 100).await;
    let rating = json!({ "service": "registration", "rating": 5, "comment": "Tez və rahat." });
    let (status, _, first) = post_with(&server, "/feedback", &rating, Some("key-feedback-1")).await;
    assert_eq!(status, 201);
    assert!(first["received_at"].is_string());
    let (_, headers, again) = post_with(&server, "/feedback", &rating, Some("key-feedback-1")).await;
    assert_eq!(
        (again, &headers["idempotent-replayed"]),
        (first, &"true".parse().unwrap()),
        "a retried rating counts once"
    );
    let (status, _, body) = post_with(
        &server,
        "/feedback",
        &json!({ "service": "registration", "rating": 9 }),
        Some("key-feedback-2"),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["code"], "rating-range");
    for (i, unrated) in [
        json!({ "service": "registration" }),
        json!({ "service": "registration", "rating": null }),
    ]
    .iter()
    .enumerate()
    {
        let (status, _, body) = post_with(
            &server,
            "/feedback",
            unrated,
            Some(&format!("key-feedback-unrated-{i}")),
        )
        .await;
        assert_eq!(status, 422, "no rating chosen is a field to correct, not a bad request");
        assert_eq!(body["errors"][0], json!({ "field": "rating", "code": "required" }));
    }
}

#[tokio::test]
async fn attachments_are_typed_by_content_limited_in_size_and_usable_in_applications() {
    let server = start(&temp_db("attachments"), 100).await;
    let (status, body) = upload(&server, b"%PDF-1.7 scanned passport".to_vec(), "file").await;
    assert_eq!(status, 201);
    assert_eq!(body["media_type"], "application/pdf");
    let id = body["id"].as_str().unwrap().to_owned();
    assert_eq!(
        upload(&server, b"MZ\x90\0 not a document".to_vec(), "file").await.0,
        415
    );
    assert_eq!(upload(&server, b"%PDF-1.7".to_vec(), "other").await.0, 400);
    let mut big = b"%PDF-".to_vec();
    big.resize(qapi_core::attachment::MAX_BYTES + 1, b'0');
    assert_eq!(upload(&server, big, "file").await.0, 413);

    let mut app = application("Samir");
    app["attachments"] = json!([id, "att_missing"]);
    let (status, _, body) = post_with(&server, "/applications", &app, Some("key-attach-001")).await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"],
        json!([{ "field": "attachments[1]", "code": "attachment-unknown" }])
    );
    app["attachments"] = json!([id, id, "att_missing"]);
    let (_, _, body) = post_with(&server, "/applications", &app, Some("key-attach-003")).await;
    assert_eq!(
        body["errors"],
        json!([{ "field": "attachments[2]", "code": "attachment-unknown" }]),
        "the path is the position in the request, repeats included"
    );
    app["attachments"] = json!([id]);
    assert_eq!(
        post_with(&server, "/applications", &app, Some("key-attach-002"))
            .await
            .0,
        201
    );
}

#[tokio::test]
async fn the_queue_books_a_slot_once_fills_it_and_cancels_with_the_secret() {
    let server = start(&temp_db("queue"), 100).await;
    let offices: Value = get_json(format!("{}/queue/offices", server.base)).await;
    assert_eq!(offices["offices"].as_array().unwrap().len(), 3);
    assert!(offices["offices"][0]["name"]["az"].as_str().unwrap().contains("Bakı"));

    let day = next_weekday();
    let slots: Value = get_json(format!("{}/queue/offices/sheki/slots?date={day}", server.base)).await;
    assert_eq!(slots["slots"].as_array().unwrap().len(), 24);
    assert_eq!(slots["slots"][0], json!({ "time": "09:00", "available": true }));

    // Sheki has one desk: one booking fills a slot.
    let booking = booking_of("sheki", &day, "09:00", "Kamran Həsənov", "P1111111");
    let someone_else = json!({ "passport_number": "P2222222", "name": "Leyla Həsənova" });
    let mut other_person = booking.clone();
    other_person
        .as_object_mut()
        .unwrap()
        .extend(someone_else.as_object().unwrap().clone());
    let (status, _, first) = post_with(&server, "/queue/bookings", &booking, Some("key-book-0001")).await;
    assert_eq!(status, 201);
    let (_, headers, again) = post_with(&server, "/queue/bookings", &booking, Some("key-book-0001")).await;
    assert_eq!(
        (&again, &headers["idempotent-replayed"]),
        (&first, &"true".parse().unwrap())
    );
    let (status, _, body) = post_with(&server, "/queue/bookings", &other_person, Some("key-book-0002")).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"], json!([{ "field": "time", "code": "slot-unavailable" }]));
    let slots: Value = get_json(format!("{}/queue/offices/sheki/slots?date={day}", server.base)).await;
    assert_eq!(slots["slots"][0]["available"], false);

    let reference = first["reference"].as_str().unwrap();
    let cancel = |secret: &str| {
        let url = format!("{}/queue/bookings/{reference}/cancel", server.base);
        let body = json!({ "secret": secret });
        async move {
            reqwest::Client::new()
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(cancel("0".repeat(32).as_str()).await, 404);
    assert_eq!(cancel(first["secret"].as_str().unwrap()).await, 204);
    assert_eq!(
        cancel(first["secret"].as_str().unwrap()).await,
        204,
        "cancelling twice is fine"
    );
    let (status, _, _) = post_with(&server, "/queue/bookings", &booking, Some("key-book-0001")).await;
    assert_eq!(status, 409, "a replay does not revive a cancelled booking");
    assert_eq!(
        post_with(&server, "/queue/bookings", &other_person, Some("key-book-0003"))
            .await
            .0,
        201,
        "the slot is free again"
    );

    let res = reqwest::get(format!("{}/queue/offices/nowhere/slots?date={day}", server.base))
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = reqwest::get(format!("{}/queue/offices/baku/slots?date=2020-01-01", server.base))
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let (status, _, body) = post_with(
        &server,
        "/queue/bookings",
        &booking_of("mars", &day, "09:00", "X1", "P3333333"),
        Some("key-book-0004"),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"],
        json!([{ "field": "office", "code": "office-unknown" }, { "field": "name", "code": "name-characters" }])
    );
}

#[tokio::test]
async fn the_database_keeps_neither_booking_secrets_nor_request_bodies() {
    let db = temp_db("at-rest");
    let server = start(&db, 100).await;
    let (_, _, booking) = post_with(
        &server,
        "/queue/bookings",
        &booking_of("baku", &next_weekday(), "10:00", "Elvin Quliyev", "P4444444"),
        Some("key-at-rest-01"),
    )
    .await;
    let secret = booking["secret"].as_str().unwrap().to_owned();
    assert_eq!(secret.len(), 32);
    assert_eq!(
        post_with(&server, "/applications", &application("Günay"), Some("key-at-rest-02"))
            .await
            .0,
        201
    );

    let conn = rusqlite::Connection::open(&db).unwrap();
    let keys: Vec<String> = conn
        .prepare("SELECT body || response FROM idempotency_keys")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(keys.len(), 2);
    for row in &keys {
        assert!(!row.contains(&secret), "a booking secret is stored");
        assert!(
            !row.contains("C01X00T47"),
            "a request body with a passport number is stored"
        );
    }
    // A replay still hands back the secret, derived again.
    let (_, _, again) = post_with(
        &server,
        "/queue/bookings",
        &booking_of("baku", &next_weekday(), "10:00", "Elvin Quliyev", "P4444444"),
        Some("key-at-rest-01"),
    )
    .await;
    assert_eq!(again["secret"], secret);
}

#[tokio::test]
async fn submissions_are_rate_limited_apart_from_lookups() {
    let config = Config {
        dist: no_bundle(),
        db: temp_db("creations"),
        lookups_per_minute: 100,
        creations_per_minute: 2,
        demo: true,
        ..Default::default()
    };
    let server = serve(config).await;
    for i in 0..2 {
        assert_eq!(
            post_with(
                &server,
                "/applications",
                &application("Orxan"),
                Some(&format!("key-flood-{i:04}"))
            )
            .await
            .0,
            201
        );
    }
    let (status, headers, _) = post_with(&server, "/applications", &application("Orxan"), Some("key-flood-0002")).await;
    assert_eq!(status, 429);
    assert!(headers.contains_key("retry-after"));
    assert_eq!(
        post(&server, "/lookups/travel-ban", &person(&BANNED)).await.0,
        200,
        "lookups are counted apart"
    );
}

#[tokio::test]
async fn without_demo_no_invented_person_is_known() {
    let config = Config {
        dist: no_bundle(),
        db: temp_db("no-demo"),
        lookups_per_minute: 100,
        ..Default::default()
    };
    let server = serve(config).await;
    let (status, _, body) = post(&server, "/lookups/travel-ban", &person(&BANNED)).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "no-ban", "the demo travel ban exists only with --demo");
    let (_, _, body) = post(&server, "/lookups/application-status", &person(&APPLICANT)).await;
    assert_eq!(body["applications"].as_array().map(Vec::len), Some(0));
    let offices = get_json(format!("{}/queue/offices", server.base)).await;
    assert!(
        !offices["offices"].as_array().unwrap().is_empty(),
        "the queue's offices are the service's own data"
    );
}

#[tokio::test]
async fn a_path_that_is_not_utf8_is_a_problem_not_plain_text() {
    let server = start(&temp_db("bad-path"), 100).await;
    let res = reqwest::Client::new()
        .post(format!("{}/queue/bookings/%FF/cancel", server.base))
        .json(&json!({ "secret": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    assert_eq!(res.headers()["cross-origin-resource-policy"], "same-origin");
}

#[tokio::test]
async fn an_idempotency_key_needs_room_for_128_random_bits() {
    let server = start(&temp_db("short-key"), 100).await;
    let send = |key: String| {
        let url = format!("{}/feedback", server.base);
        async move {
            reqwest::Client::new()
                .post(url)
                .header("Idempotency-Key", key)
                .json(&json!({ "service": "registration", "rating": 5 }))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(
        send("k".repeat(31)).await,
        400,
        "31 characters cannot hold 128 random bits"
    );
    assert_eq!(
        send("0b7c5f0e-6a41-4f8e-9d0b-3c2a1e5f7a90".into()).await,
        201,
        "a UUID fits"
    );
}

#[cfg(unix)]
#[tokio::test]
async fn personal_data_and_the_key_are_private_on_disk() {
    use std::os::unix::fs::PermissionsExt;
    let db = temp_db("private");
    let server = start(&db, 100).await;
    let (status, _, _) = post_with(&server, "/applications", &application("Səbinə"), Some("key-private-1")).await;
    assert_eq!(status, 201);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(db.parent().unwrap()), 0o700, "the data folder");
    for file in [db.clone(), db.with_extension("sqlite3-wal"), db.with_extension("key")] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    drop(server);

    // A key others may read: the server refuses to start until it is fixed.
    std::fs::set_permissions(db.with_extension("key"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let config = Config {
        dist: no_bundle(),
        db: db.clone(),
        ..Default::default()
    };
    let refused = qapi_server::app(&config).expect_err("a shared key is refused");
    assert!(refused.contains("chmod 600"), "{refused}");
}

#[tokio::test]
async fn a_database_inside_the_served_bundle_is_refused() {
    let dist = std::env::temp_dir().join(format!("qapi-api-{}-bundle", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    for db in [
        dist.join("qapi.sqlite3"),
        dist.join("data/qapi.sqlite3"),
        dist.join("../").join(dist.file_name().unwrap()).join("x.sqlite3"),
    ] {
        let config = Config {
            dist: dist.clone(),
            db,
            ..Default::default()
        };
        let refused = qapi_server::app(&config).expect_err("refused");
        assert!(refused.contains("inside --dist"), "{refused}");
    }
    let beside = Config {
        dist: dist.clone(),
        db: temp_db("beside-bundle"),
        ..Default::default()
    };
    assert!(qapi_server::app(&beside).is_ok());
}

#[tokio::test]
async fn an_upload_is_one_part_named_file_and_nothing_else() {
    let server = start(&temp_db("one-part"), 100).await;
    let pdf = || reqwest::multipart::Part::bytes(b"%PDF-1.7 scan".to_vec()).file_name("scan.pdf");
    let forms = [
        (
            "an extra text part",
            reqwest::multipart::Form::new().part("file", pdf()).text("note", "x"),
        ),
        (
            "an extra part before the file",
            reqwest::multipart::Form::new().text("note", "x").part("file", pdf()),
        ),
        (
            "two files",
            reqwest::multipart::Form::new().part("file", pdf()).part("file", pdf()),
        ),
        ("no file", reqwest::multipart::Form::new().text("note", "x")),
    ];
    for (what, form) in forms {
        let res = upload_form(&server, form).await;
        assert_eq!(res.status().as_u16(), 400, "{what}");
        assert_eq!(res.headers()["content-type"], "application/problem+json", "{what}");
    }
    assert_eq!(upload(&server, b"%PDF-1.7 scan".to_vec(), "file").await.0, 201);
}

#[tokio::test]
async fn queue_reads_and_cancellations_are_rate_limited() {
    let config = Config {
        dist: no_bundle(),
        db: temp_db("queue-limits"),
        queue_reads_per_minute: 2,
        creations_per_minute: 1,
        ..Default::default()
    };
    let server = serve(config).await;
    let day = next_weekday();
    let slots = || reqwest::get(format!("{}/queue/offices/baku/slots?date={day}", server.base));
    assert_eq!(slots().await.unwrap().status(), 200);
    assert_eq!(slots().await.unwrap().status(), 200);
    let limited = slots().await.unwrap();
    assert_eq!(
        limited.status(),
        429,
        "a scraper reading every day of every office is slowed down"
    );
    assert!(limited.headers().contains_key("retry-after"));
    let cancel = || {
        reqwest::Client::new()
            .post(format!("{}/queue/bookings/QB-0000-0000/cancel", server.base))
            .json(&json!({ "secret": "0".repeat(32) }))
            .send()
    };
    assert_eq!(cancel().await.unwrap().status(), 404);
    assert_eq!(
        cancel().await.unwrap().status(),
        429,
        "cancellations count as submissions"
    );
}
