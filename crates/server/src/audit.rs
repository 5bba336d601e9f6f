//! The audit log of lookups: who asked about whom, and what was refused, so
//! an operator can see someone's details being guessed. Pseudonymised: the
//! person and the client appear as keyed hashes (HMAC under the server key),
//! which match across lines but cannot be turned back into a passport number
//! or an address without the key. No answer is logged.
//!
//! One JSON object per line, in a file beside the database, written by a
//! thread of its own so a lookup never waits for the disk.

use std::io::Write;
use std::path::Path;
use std::sync::mpsc::{self, SyncSender, TryRecvError, TrySendError};
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Answered,
    /// The body did not validate: nothing was looked up.
    Invalid,
    RefusedAddress,
    RefusedPerson,
    RefusedGlobal,
}

impl Outcome {
    fn key(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Invalid => "invalid",
            Outcome::RefusedAddress => "refused-address",
            Outcome::RefusedPerson => "refused-person",
            Outcome::RefusedGlobal => "refused-global",
        }
    }
}

#[derive(Clone)]
pub struct AuditLog {
    lines: SyncSender<String>,
    dropped: Arc<std::sync::atomic::AtomicU64>,
}

/// How often the writer takes the queued lines and writes them.
const WRITE_EVERY: Duration = Duration::from_millis(100);

/// Lines waiting for the writer (more than 100 ms of any flood the server
/// can answer); beyond this a flood's lines are counted, not kept.
const BACKLOG: usize = 65_536;

impl AuditLog {
    /// Appends to `path` (created readable by the owner only).
    pub fn open(path: &Path) -> Result<AuditLog, String> {
        let file = open_private(path).map_err(|e| format!("opening {}: {e}", path.display()))?;
        let (lines, rx) = mpsc::sync_channel::<String>(BACKLOG);
        std::thread::Builder::new()
            .name("audit-log".into())
            .spawn(move || {
                // The writer wakes every WRITE_EVERY and takes what has come:
                // a lookup only queues its line and never wakes a thread.
                let mut out = std::io::BufWriter::with_capacity(64 * 1024, file);
                loop {
                    std::thread::sleep(WRITE_EVERY);
                    let mut open = true;
                    loop {
                        match rx.try_recv() {
                            Ok(line) => {
                                let _ = writeln!(out, "{line}");
                            }
                            Err(TryRecvError::Empty) => break,
                            Err(TryRecvError::Disconnected) => {
                                open = false;
                                break;
                            }
                        }
                    }
                    if let Err(e) = out.flush() {
                        eprintln!("audit log: {e}");
                    }
                    if !open {
                        break;
                    }
                }
            })
            .map_err(|e| e.to_string())?;
        Ok(AuditLog {
            lines,
            dropped: Default::default(),
        })
    }

    /// `person` and `client` are pseudonyms (hex), `None` when not known yet.
    pub fn record(&self, at: &str, operation: &str, outcome: Outcome, person: Option<&str>, client: &str) {
        use std::sync::atomic::Ordering::Relaxed;
        let dropped = self.dropped.swap(0, Relaxed);
        // Every value is from a fixed set or hex: nothing needs escaping.
        let mut line = format!(
            r#"{{"at":"{at}","lookup":"{operation}","outcome":"{}","person":{},"client":"{client}""#,
            outcome.key(),
            person.map_or("null".to_owned(), |p| format!("\"{p}\"")),
        );
        if dropped > 0 {
            line.push_str(&format!(r#","dropped_before":{dropped}"#));
        }
        line.push('}');
        match self.lines.try_send(line) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                self.dropped.fetch_add(dropped + 1, Relaxed);
            }
            Err(TrySendError::Disconnected(_)) => eprintln!("audit log: the writer has stopped"),
        }
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(path)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().append(true).create(true).open(path)
}
