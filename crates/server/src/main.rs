//! `qapi-server [--host 127.0.0.1] [--port 8080] [--dist dist] [--db data/qapi.sqlite3] [--lookups-per-minute 20] [--creations-per-minute 30] [--queue-reads-per-minute 120] [--max-in-flight 1024] [--request-timeout-secs 30] [--demo] [--hsts] [--frame-ancestor ORIGIN]…`

use std::net::SocketAddr;

const USAGE: &str = "usage: qapi-server [--host 127.0.0.1] [--port 8080] [--dist dist] [--db data/qapi.sqlite3] [--lookups-per-minute 20] [--creations-per-minute 30] [--queue-reads-per-minute 120] [--max-in-flight 1024] [--request-timeout-secs 30] [--demo] [--hsts] [--frame-ancestor ORIGIN]...";

fn parse_args() -> Result<(SocketAddr, qapi_server::Config), String> {
    let (mut host, mut port) = ("127.0.0.1".to_owned(), 8080u16);
    let mut config = qapi_server::Config::default();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--host" => host = value()?,
            "--port" => port = value()?.parse().map_err(|_| "--port needs a number from 1 to 65535")?,
            "--dist" => config.dist = value()?.into(),
            "--db" => config.db = value()?.into(),
            "--lookups-per-minute" => {
                config.lookups_per_minute = value()?
                    .parse()
                    .map_err(|_| "--lookups-per-minute needs a whole number")?
            }
            "--creations-per-minute" => {
                config.creations_per_minute = value()?
                    .parse()
                    .map_err(|_| "--creations-per-minute needs a whole number")?
            }
            "--queue-reads-per-minute" => {
                config.queue_reads_per_minute = value()?
                    .parse()
                    .map_err(|_| "--queue-reads-per-minute needs a whole number")?
            }
            "--max-in-flight" => {
                config.max_in_flight = value()?.parse().map_err(|_| "--max-in-flight needs a whole number")?
            }
            "--request-timeout-secs" => {
                config.request_timeout = std::time::Duration::from_secs(
                    value()?
                        .parse()
                        .map_err(|_| "--request-timeout-secs needs a whole number")?,
                )
            }
            "--demo" => config.demo = true,
            "--hsts" => config.hsts = true,
            "--frame-ancestor" => config.frame_ancestors.push(value()?),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let addr = format!("{host}:{port}")
        .parse()
        .map_err(|_| format!("{host}:{port} is not an address to listen on"))?;
    Ok((addr, config))
}

#[tokio::main]
async fn main() {
    let fail = |msg: String, code: i32| -> ! {
        eprintln!("qapi-server: {msg}");
        std::process::exit(code)
    };
    let (addr, config) = parse_args().unwrap_or_else(|e| fail(format!("{e}\n{USAGE}"), 2));
    let app = qapi_server::app(&config).unwrap_or_else(|e| fail(e, 1));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .unwrap_or_else(|e| fail(format!("cannot listen on {addr}: {e}"), 1));
    println!(
        "Qapı is at http://{addr}/ (bundle: {}, database: {})",
        config.dist.display(),
        config.db.display()
    );
    // Ctrl+C or SIGTERM (what service managers send) finish open requests first.
    let shutdown = async {
        #[cfg(unix)]
        {
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            let term = async move {
                match term.as_mut() {
                    Some(t) => {
                        t.recv().await;
                    }
                    None => std::future::pending().await,
                }
            };
            tokio::select! { _ = tokio::signal::ctrl_c() => {}, _ = term => {} }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    };
    let service = app.into_make_service_with_connect_info::<SocketAddr>();
    if let Err(e) = axum::serve(listener, service).with_graceful_shutdown(shutdown).await {
        fail(e.to_string(), 1);
    }
}
