//! The SQLite database: opening it (WAL, foreign keys), migrating it, and
//! running work on it off the async threads. Only this crate knows SQL, and
//! every statement takes its values as parameters.

use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::{Arc, Mutex};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_queue.sql"),
];

/// One connection behind a mutex: SQLite takes one writer at a time anyway,
/// and serialising here makes each request's transaction simple and safe.
#[derive(Clone)]
pub struct Db(Arc<Mutex<Connection>>);

impl Db {
    /// Opens (creating and migrating) the database; with `demo`, seeds the demo people.
    pub fn open(path: &Path, demo: bool) -> Result<Db, String> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
        let mut conn = Connection::open(path).map_err(|e| format!("opening {}: {e}", path.display()))?;
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
