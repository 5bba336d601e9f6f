//! What the API test files share: a server on loopback (in process, or the
//! real binary), requests, and sample bodies.
#![allow(dead_code)] // each test file uses its own share

use qapi_server::{Config, DemoPerson};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use tokio::task::JoinHandle;

pub struct Server {
    pub base: String,
    pub task: JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The API tests serve no bundle (and a database must never lie inside one).
pub fn no_bundle() -> PathBuf {
    std::env::temp_dir().join("qapi-api-no-bundle")
}

pub fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qapi-api-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("qapi.sqlite3")
}

pub async fn start(db: &Path, lookups_per_minute: u32) -> Server {
    let config = Config {
        dist: no_bundle(),
        db: db.to_path_buf(),
        lookups_per_minute,
        person_lookups_per_hour: 1000,
        creations_per_minute: 1000,
        demo: true,
        ..Default::default()
    };
    serve(config).await
}

pub async fn serve(config: Config) -> Server {
    let app = qapi_server::app(&config).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/api/v1", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .await
            .unwrap();
    });
    Server { base, task }
}

pub async fn get_json(url: String) -> Value {
    reqwest::get(url).await.unwrap().json().await.unwrap()
}

pub fn person(p: &DemoPerson) -> Value {
    json!({ "passport_number": p.passport_number, "date_of_birth": p.date_of_birth, "citizenship": p.citizenship })
}

pub async fn post(server: &Server, path: &str, body: &Value) -> (u16, reqwest::header::HeaderMap, Value) {
    post_with(server, path, body, None).await
}

pub async fn post_with(
    server: &Server,
    path: &str,
    body: &Value,
    key: Option<&str>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = reqwest::Client::new().post(format!("{}{path}", server.base)).json(body);
    if let Some(k) = key {
        req = req.header("Idempotency-Key", long_key(k));
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let text = res.text().await.unwrap();
    (status, headers, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A fresh key, as the app makes one for each new upload.
pub fn random_key() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!(
        "upload-{}-{:024}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// A test's readable key name, padded to the 32 characters a key needs.
pub fn long_key(name: &str) -> String {
    format!("{name:-<32}")
}

/// A complete application for a service whose form asks for no documents;
/// the form's answers are the core's example for it.
pub fn application(given_name: &str) -> Value {
    let service = "citizenship-restoration";
    let form = qapi_core::forms::form(service).expect("a form");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let today = qapi_core::date::baku_today(now).expect("a date");
    let answers: serde_json::Map<String, Value> = qapi_core::forms::example(form, today, "")
        .into_iter()
        .filter(|(id, _)| !id.starts_with(qapi_core::forms::APPLICANT_PREFIX))
        .map(|(id, a)| (id, serde_json::to_value(a).expect("JSON")))
        .collect();
    json!({
        "service": service,
        "applicant": {
            "given_name": given_name, "family_name": "Aliyeva",
            "passport_number": "C01X00T47", "date_of_birth": "1992-06-01", "citizenship": "DEU"
        },
        "answers": answers,
    })
}

pub async fn upload(server: &Server, content: Vec<u8>, part: &str) -> (u16, Value) {
    let form = reqwest::multipart::Form::new().part(
        part.to_owned(),
        reqwest::multipart::Part::bytes(content).file_name("scan.pdf"),
    );
    let res = upload_form(server, form).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

pub async fn upload_form(server: &Server, form: reqwest::multipart::Form) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/attachments", server.base))
        .header("Idempotency-Key", random_key())
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// A booking of `time` at `office` for the person with passport `passport`.
pub fn booking_of(office: &str, date: &str, time: &str, name: &str, passport: &str) -> Value {
    json!({
        "service": "registration", "office": office, "date": date, "time": time, "name": name,
        "passport_number": passport, "date_of_birth": "1990-04-12", "citizenship": "RUS"
    })
}

/// The first day the offices open after tomorrow, when every slot is still free.
pub fn next_weekday() -> String {
    let mut day = qapi_core::date::CivilDate::from_days(
        (std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            / 86_400) as i64
            + 2,
    )
    .unwrap();
    while !qapi_core::queue::is_open(day) {
        day = day.add_days(1).unwrap();
    }
    day.to_string()
}

/// The real server binary, started on a free port; killed when dropped.
pub struct Process {
    child: std::process::Child,
    pub server: Server,
}

impl Process {
    pub async fn start(db: &Path) -> Process {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_qapi-server"))
            .args(["--port", &port.to_string(), "--dist"])
            .arg(no_bundle())
            .arg("--db")
            .arg(db)
            .args([
                "--lookups-per-minute",
                "1000",
                "--creations-per-minute",
                "1000",
                "--person-lookups-per-hour",
                "1000",
                "--demo",
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}/api/v1");
        for _ in 0..100 {
            if reqwest::get(format!("{base}/health"))
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                // A task that never finishes stands in for the in-process server.
                let task = tokio::spawn(std::future::pending());
                return Process {
                    child,
                    server: Server { base, task },
                };
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("qapi-server did not start");
    }

    /// SIGKILL: no shutdown, no flush beyond what a commit already made durable.
    pub fn crash(self) {}
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
