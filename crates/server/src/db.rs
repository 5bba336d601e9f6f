//! The SQLite database: opening it (WAL, foreign keys), migrating it, and
//! running work on it off the async threads. Only this crate knows SQL, and
//! every statement takes its values as parameters.

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;
use std::sync::{Arc, Mutex};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_queue.sql"),
    include_str!("../migrations/0003_people_and_quotas.sql"),
    include_str!("../migrations/0004_answers.sql"),
];

/// One writing connection behind a mutex: SQLite takes one writer at a time
/// anyway, and serialising here makes each request's transaction simple and
/// safe. Reads that need no transaction with a write (lookups, free slots)
/// use read-only connections beside it: in WAL mode they run while a write
/// is under way, so a flood of reads cannot hold up submissions.
#[derive(Clone)]
pub struct Db {
    writer: Arc<Mutex<Connection>>,
    readers: Arc<[Mutex<Connection>]>,
    next_reader: Arc<std::sync::atomic::AtomicUsize>,
}

/// Read-only connections: about one per core, enough to keep them busy.
fn reader_count() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8))
}

fn open_reader(path: &Path) -> Result<Connection, String> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|e| format!("opening {} to read: {e}", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    Ok(conn)
}

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
        let readers = (0..reader_count())
            .map(|_| open_reader(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Db {
            writer: Arc::new(Mutex::new(conn)),
            readers: readers.into(),
            next_reader: Default::default(),
        })
    }

    /// Runs `work` on the writing connection in a blocking thread.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> rusqlite::Result<T> {
        let db = self.writer.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the connection itself
            // is still consistent (SQLite rolled the transaction back).
            let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
            work(&mut conn)
        })
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
    }

    /// Runs `work` on a read-only connection in a blocking thread: the first
    /// one free, or else the next in turn.
    pub async fn read<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> rusqlite::Result<T> {
        let readers = self.readers.clone();
        let turn = self.next_reader.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tokio::task::spawn_blocking(move || {
            let n = readers.len();
            let free = (0..n).find_map(|i| readers[(turn + i) % n].try_lock().ok());
            let conn = free.unwrap_or_else(|| readers[turn % n].lock().unwrap_or_else(|p| p.into_inner()));
            work(&conn)
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

#[cfg(test)]
mod tests {
    use super::Db;
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn reads_run_while_a_write_transaction_is_open() {
        let dir = std::env::temp_dir().join(format!("qapi-db-{}-readers", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let db = Db::open(&dir.join("qapi.sqlite3"), false).unwrap();
        let (read_done, wait_for_read) = std::sync::mpsc::channel();
        let (write_open, wait_for_write) = std::sync::mpsc::channel();
        let writer = db.run(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            tx.execute("UPDATE offices SET desks = desks + 1", [])?;
            write_open.send(()).unwrap();
            // Held open until the read has finished: a read that needed the
            // writing connection would wait here until the timeout.
            let saw_read = wait_for_read.recv_timeout(Duration::from_secs(5)).is_ok();
            tx.commit()?;
            Ok(saw_read)
        });
        let reader = async {
            tokio::task::spawn_blocking(move || wait_for_write.recv().unwrap())
                .await
                .unwrap();
            let desks: i64 = db
                .read(|conn| conn.query_row("SELECT SUM(desks) FROM offices", [], |r| r.get(0)))
                .await
                .unwrap();
            let _ = read_done.send(());
            desks
        };
        let (saw_read, desks_before) = tokio::join!(writer, reader);
        assert!(saw_read.unwrap(), "the read finished while the write was open");
        let desks_after: i64 = db
            .read(|conn| conn.query_row("SELECT SUM(desks) FROM offices", [], |r| r.get(0)))
            .await
            .unwrap();
        assert!(desks_after > desks_before, "the read saw the state before the commit");
    }
}
