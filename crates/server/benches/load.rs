//! Load on loopback: the reference server (release build) in its own runtime,
//! driven by concurrent HTTP clients in another. Prints requests per second
//! and p50/p99 latency for a lookup and for a submission, then checks that
//! the database holds exactly the submissions that were accepted.
//! Run by `cargo xtask bench` (or `cargo bench -p qapi-server --bench load`).

// The API tests' sample bodies: a complete application, its form's answers included.
#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: usize = 32;
const PHASE: Duration = Duration::from_secs(5);

fn main() {
    let dir = std::env::temp_dir().join(format!("qapi-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db = dir.join("qapi.sqlite3");
    let config = qapi_server::Config {
        // No bundle: the load is on the API.
        dist: dir.join("no-bundle"),
        db: db.clone(),
        lookups_per_minute: u32::MAX,
        creations_per_minute: u32::MAX,
        lookups_global_per_minute: u32::MAX,
        person_lookups_per_hour: u32::MAX,
        demo: true,
        ..Default::default()
    };

    // The server gets its own runtime (and threads), as it would in its own process.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = qapi_server::app(&config).unwrap();
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            let limits = qapi_server::ConnectionLimits::default();
            qapi_server::serve(listener, app, limits, std::future::pending())
                .await
                .unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    let base = format!("http://{addr}/api/v1");

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let lookup = serde_json::json!({ "passport_number": qapi_server::APPLICANT.passport_number,
            "date_of_birth": qapi_server::APPLICANT.date_of_birth, "citizenship": qapi_server::APPLICANT.citizenship });
        let (stats, _) = drive(|| client.post(format!("{base}/lookups/application-status")).json(&lookup)).await;
        stats.print("lookup     POST /lookups/application-status");

        let counter = AtomicUsize::new(0);
        let (stats, accepted) = drive(|| {
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let mut body = common::application("Load");
            body["applicant"]["passport_number"] = "LOAD00001".into();
            client
                .post(format!("{base}/applications"))
                .header("Idempotency-Key", format!("load-{n:032}"))
                .json(&body)
        })
        .await;
        stats.print("submission POST /applications");

        let stored: usize = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row(
                "SELECT COUNT(*) FROM applications WHERE passport_number = 'LOAD00001'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        println!(
            "submissions accepted (201): {accepted}; stored: {stored}; {}",
            if stored == accepted { "equal" } else { "MISMATCH" }
        );
        if stored != accepted {
            std::process::exit(1);
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
}

struct Stats {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Stats {
    fn print(&self, what: &str) {
        let mut l = self.latencies.clone();
        l.sort();
        let pct = |p: f64| {
            l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
                .copied()
                .unwrap_or_default()
        };
        println!(
            "{what}: {:.0} requests/s over {:.1} s, {CLIENTS} clients; p50 {:.2} ms, p99 {:.2} ms; {} not 2xx",
            l.len() as f64 / self.elapsed.as_secs_f64(),
            self.elapsed.as_secs_f64(),
            pct(0.50).as_secs_f64() * 1000.0,
            pct(0.99).as_secs_f64() * 1000.0,
            self.errors
        );
    }
}

/// Keeps `CLIENTS` requests in flight, each built by `request`, until `PHASE`
/// is over. Returns the latencies and how many answers were 201 Created.
async fn drive(request: impl Fn() -> reqwest::RequestBuilder) -> (Stats, usize) {
    let start = Instant::now();
    let mut in_flight = tokio::task::JoinSet::new();
    let (mut latencies, mut errors, mut created) = (Vec::new(), 0, 0);
    loop {
        while start.elapsed() < PHASE && in_flight.len() < CLIENTS {
            let req = request();
            in_flight.spawn(async move {
                let t = Instant::now();
                let status = req.send().await.map(|r| r.status().as_u16()).unwrap_or(0);
                (t.elapsed(), status)
            });
        }
        let Some(Ok((latency, status))) = in_flight.join_next().await else {
            break;
        };
        latencies.push(latency);
        created += usize::from(status == 201);
        errors += usize::from(!(200..300).contains(&status));
    }
    (
        Stats {
            latencies,
            errors,
            elapsed: start.elapsed(),
        },
        created,
    )
}
