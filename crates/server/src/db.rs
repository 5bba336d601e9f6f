//! The SQLite database: opening it (WAL, foreign keys), migrating it, and
//! running work on it off the async threads. Only this crate knows SQL, and
//! every statement takes its values as parameters.

use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::{Arc, Mutex};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_queue.sql"),
    include_str!("../migrations/0003_people_and_quotas.sql"),
];

/// One connection behind a mutex: SQLite takes one writer at a time anyway,
/// and serialising here makes each request's transaction simple and safe.
#[derive(Clone)]
pub struct Db(Arc<Mutex<Connection>>);

impl Db {
    /// Opens (creating and migrating) the database; with `demo`, seeds the demo people.
    pub fn open(path: &Path, demo: bool) -> Result<Db, String> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
            // A folder of personal data, made here: only this user may enter it.
            private(dir, 0o700)?;
        }
        let mut conn = Connection::open(path).map_err(|e| format!("opening {}: {e}", path.display()))?;
        // The database holds personal data: owner only. SQLite gives the WAL
        // files it makes the database's mode; older ones are fixed too.
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            let file = std::path::PathBuf::from(file);
            if file.exists() {
                private(&file, 0o600)?;
            }
        }
        // Another process (a second server, a backup) may hold the lock briefly.
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| e.to_string())?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| e.to_string())?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(|e| e.to_string())?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| e.to_string())?;
        migrate(&mut conn).map_err(|e| format!("migrating {}: {e}", path.display()))?;
        let seeding = |e: rusqlite::Error| format!("seeding {}: {e}", path.display());
        if demo {
            crate::seed::demo_people_if_empty(&mut conn).map_err(seeding)?;
        }
        crate::seed::offices_if_empty(&mut conn).map_err(seeding)?;
        Ok(Db(Arc::new(Mutex::new(conn))))
    }

    /// Runs `work` on the connection in a blocking thread.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> rusqlite::Result<T> {
        let db = self.0.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled the transaction back).
            let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
            work(&mut conn)
        })
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
    }
}

/// Applies the migrations not yet run, in one write transaction taken before
/// reading the version, so two processes starting together cannot both apply one.
fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let done: usize = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for sql in MIGRATIONS.iter().skip(done) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", MIGRATIONS.len().max(done))?;
    tx.commit()
}

#[cfg(unix)]
fn private(path: &Path, mode: u32) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(not(unix))]
fn private(_: &Path, _: u32) -> Result<(), String> {
    Ok(())
}
