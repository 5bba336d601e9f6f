//! `qapi-server [--port 8080] [--host 127.0.0.1] [--dist dist]`

use std::net::SocketAddr;
use std::path::PathBuf;

struct Args {
    host: String,
    port: u16,
    dist: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { host: "127.0.0.1".into(), port: 8080, dist: PathBuf::from("dist") };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--host" => args.host = value()?,
            "--port" => args.port = value()?.parse().map_err(|_| "--port needs a number from 1 to 65535")?,
            "--dist" => args.dist = value()?.into(),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

#[tokio::main]
async fn main() {
    let args = parse_args().unwrap_or_else(|e| {
        eprintln!("qapi-server: {e}\nusage: qapi-server [--host 127.0.0.1] [--port 8080] [--dist dist]");
        std::process::exit(2);
    });
    let addr: SocketAddr = match format!("{}:{}", args.host, args.port).parse() {
        Ok(a) => a,
        Err(_) => {
            eprintln!("qapi-server: {}:{} is not an address to listen on", args.host, args.port);
            std::process::exit(2);
        }
    };
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap_or_else(|e| {
        eprintln!("qapi-server: cannot listen on {addr}: {e}");
        std::process::exit(1);
    });
    println!("Qapı is at http://{addr}/ (bundle: {})", args.dist.display());
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, qapi_server::app(args.dist)).with_graceful_shutdown(shutdown).await {
        eprintln!("qapi-server: {e}");
        std::process::exit(1);
    }
}
