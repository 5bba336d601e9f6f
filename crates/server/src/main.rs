//! `qapi-server [OPTIONS]`: the reference backend. `--help` lists the options.

use std::net::SocketAddr;
use std::str::FromStr;

const USAGE: &str = "usage: qapi-server [OPTIONS]
  --host 127.0.0.1                    address to listen on
  --port 8080
  --dist dist                         the built bundle
  --db data/qapi.sqlite3              the database (its key and audit log go beside it)
  --demo                              seed the demo people (never in production)
  --hsts                              send Strict-Transport-Security (HTTPS only)
  --frame-ancestor ORIGIN             a site that may frame the app (repeatable)
  --trusted-proxy CIDR                a reverse proxy whose forwarding header names the client (repeatable)
  --proxy-header x-forwarded-for      or forwarded (RFC 7239): the header the trusted proxies write
  --lookups-per-minute 20             per client address
  --lookups-global-per-minute 1200    for everyone together
  --person-lookups-per-hour 10        about one person, from all addresses
  --creations-per-minute 30           applications, uploads, cancellations per client address
  --bookings-per-hour 10              per client address
  --ratings-per-hour 10               per client address
  --queue-reads-per-minute 120        per client address
  --upload-mib-per-address-per-day 100
  --attachments-max-mib 10240         all uploads together
  --orphan-attachment-hours 24        uploads no application lists are deleted after this
  --max-in-flight 1024                requests at once; more are answered 503
  --request-timeout-secs 30
  --idle-timeout-secs 30              a connection without a complete request header is closed
  --max-connections 4096              connections open at once";

fn number<T: FromStr>(flag: &str, value: String) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} needs a whole number, not {value:?}"))
}

fn parse_args() -> Result<(SocketAddr, qapi_server::Config), String> {
    let (mut host, mut port) = ("127.0.0.1".to_owned(), 8080u16);
    let mut config = qapi_server::Config::default();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        let hours = |h: u64| std::time::Duration::from_secs(h.saturating_mul(3600));
        match flag.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0)
            }
            "--host" => host = value()?,
            "--port" => port = value()?.parse().map_err(|_| "--port needs a number from 1 to 65535")?,
            "--dist" => config.dist = value()?.into(),
            "--db" => config.db = value()?.into(),
            "--demo" => config.demo = true,
            "--hsts" => config.hsts = true,
            "--frame-ancestor" => config.frame_ancestors.push(value()?),
            "--trusted-proxy" => {
                let cidr = value()?;
                let net = cidr
                    .parse()
                    .or_else(|_| cidr.parse::<std::net::IpAddr>().map(Into::into))
                    .map_err(|_| {
                        format!("--trusted-proxy needs an address or network like 10.0.0.0/8, not {cidr:?}")
                    })?;
                config.trusted_proxies.nets.push(net);
            }
            "--proxy-header" => config.trusted_proxies.header = value()?.parse()?,
            "--lookups-per-minute" => config.lookups_per_minute = number(&flag, value()?)?,
            "--lookups-global-per-minute" => config.lookups_global_per_minute = number(&flag, value()?)?,
            "--person-lookups-per-hour" => config.person_lookups_per_hour = number(&flag, value()?)?,
            "--creations-per-minute" => config.creations_per_minute = number(&flag, value()?)?,
            "--bookings-per-hour" => config.bookings_per_hour = number(&flag, value()?)?,
            "--ratings-per-hour" => config.ratings_per_hour = number(&flag, value()?)?,
            "--queue-reads-per-minute" => config.queue_reads_per_minute = number(&flag, value()?)?,
            "--upload-mib-per-address-per-day" => config.upload_mib_per_address_per_day = number(&flag, value()?)?,
            "--attachments-max-mib" => config.attachments_max_mib = number(&flag, value()?)?,
            "--orphan-attachment-hours" => config.orphan_attachment_ttl = hours(number(&flag, value()?)?),
            "--max-in-flight" => config.max_in_flight = number(&flag, value()?)?,
            "--request-timeout-secs" => {
                config.request_timeout = std::time::Duration::from_secs(number(&flag, value()?)?)
            }
            "--idle-timeout-secs" => config.connections.idle = std::time::Duration::from_secs(number(&flag, value()?)?),
            "--max-connections" => config.connections.max_connections = number(&flag, value()?)?,
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
    if let Err(e) = qapi_server::serve(listener, app, config.connections, shutdown).await {
        fail(e.to_string(), 1);
    }
}
