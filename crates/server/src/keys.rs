//! The server's secret key, kept in a file beside the database and never in
//! it: booking secrets are derived from it, so a copy of the database alone
//! cannot cancel anyone's booking.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::path::Path;

#[derive(Clone)]
pub struct ServerKey([u8; 32]);

impl ServerKey {
    /// Reads the key, creating it (readable by the owner only) on first run.
    pub fn load_or_create(path: &Path) -> Result<ServerKey, String> {
        if let Ok(bytes) = std::fs::read(path) {
            refuse_if_shared(path)?;
            return <[u8; 32]>::try_from(bytes.as_slice())
                .map(ServerKey)
                .map_err(|_| format!("{} is not a 32-byte key", path.display()));
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| e.to_string())?;
        write_private(path, &key).map_err(|e| format!("writing {}: {e}", path.display()))?;
        Ok(ServerKey(key))
    }

    fn mac(&self, purpose: &str, value: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        mac
    }

    /// A stable stand-in for `value` (a person, a client address) that
    /// cannot be reversed without the key: for limits, the audit log and
    /// one-booking-per-person, with no personal data in clear.
    pub fn pseudonym(&self, purpose: &str, value: &str) -> [u8; 16] {
        let tag = self.mac(purpose, value).finalize().into_bytes();
        let mut out = [0u8; 16];
        out.copy_from_slice(&tag[..16]);
        out
    }

    /// The secret that cancels booking `reference`: 32 hex digits.
    pub fn booking_secret(&self, reference: &str) -> String {
        let tag = self.mac("booking", reference).finalize().into_bytes();
        tag[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Checks a presented secret in constant time.
    pub fn is_booking_secret(&self, reference: &str, presented: &str) -> bool {
        let Some(bytes) = decode_hex(presented) else {
            return false;
        };
        bytes.len() == 16 && self.mac("booking", reference).verify_truncated_left(&bytes).is_ok()
    }
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(unix)]
fn write_private(path: &Path, key: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?
        .write_all(key)
}

#[cfg(not(unix))]
fn write_private(path: &Path, key: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, key)
}

/// Anyone who can read the key can cancel every booking: a key file that the
/// group or others may read stops the server until it is fixed.
#[cfg(unix)]
fn refuse_if_shared(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(format!(
            "{} may be read by other users (mode {:o}); make it private: chmod 600 {}",
            path.display(),
            mode & 0o777,
            path.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_if_shared(_: &Path) -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_verify_only_for_their_reference() {
        let key = ServerKey([7; 32]);
        let secret = key.booking_secret("QB-AAAA-BBBB");
        assert_eq!(secret.len(), 32);
        assert!(key.is_booking_secret("QB-AAAA-BBBB", &secret));
        assert!(!key.is_booking_secret("QB-AAAA-BBBC", &secret));
        assert!(!key.is_booking_secret("QB-AAAA-BBBB", "zz"));
        assert!(!key.is_booking_secret("QB-AAAA-BBBB", ""));
        assert!(!ServerKey([8; 32]).is_booking_secret("QB-AAAA-BBBB", &secret));
    }
}
