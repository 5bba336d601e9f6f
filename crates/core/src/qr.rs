//! A QR code as one SVG path, for the booking slip: the office scans the
//! reference instead of typing it. Drawn as a `<path>` (no inline styles,
//! which the CSP forbids; no image file to fetch).
//!
//! The encoder is `qrcodegen` (Project Nayuki): one file with no
//! dependencies that only encodes, which is all the slip needs. The other
//! crates bring renderers (image, SVG strings, terminals) or decoders we
//! would ship and never call; this one costs a few KB of wasm in the queue's
//! chunk only (README, "Sizes").

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code that scanners need, in modules.
const QUIET_ZONE: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// The side of the square, quiet zone included, in modules: the SVG's
    /// `viewBox` is `0 0 side side`.
    pub side: usize,
    /// The dark modules, row by row, each run of them one rectangle.
    pub d: String,
}

/// `text` as a QR code (error correction level M, which survives a creased
/// or smudged slip), or `None` if it is too long for any QR code.
pub fn svg_path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size() as usize;
    let dark = |x: usize, y: usize| code.get_module(x as i32, y as i32);
    Some(QrPath {
        side: size + 2 * QUIET_ZONE,
        d: path_of(size, dark),
    })
}

/// The path of a `size`×`size` grid: runs of dark modules on each row.
fn path_of(size: usize, dark: impl Fn(usize, usize) -> bool) -> String {
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && dark(x, y) {
                x += 1;
            }
            let run = x - start;
            d.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_dark_modules_become_rectangles() {
        // A 3×3 grid: a full row, a lone module, two apart.
        let grid = ["###", ".#.", "#.#"];
        let d = path_of(3, |x, y| grid[y].as_bytes()[x] == b'#');
        assert_eq!(d, "M4 4h3v1h-3zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z");
    }

    #[test]
    fn a_booking_reference_is_a_small_code_with_its_finder_patterns() {
        let qr = svg_path("QB-4H7T-0ZK9").unwrap();
        // Version 1 (21 modules) holds 12 alphanumeric characters at level M.
        assert_eq!(qr.side, 21 + 8);
        // The finder pattern's top row: seven dark modules in the corner.
        assert!(qr.d.starts_with("M4 4h7v1h-7z"), "{}", &qr.d[..40]);
        // Each of the three finder patterns has a row of seven.
        assert!(qr.d.matches("h7v1h-7z").count() >= 6);
        // The same text gives the same picture.
        assert_eq!(svg_path("QB-4H7T-0ZK9"), Some(qr));
    }

    #[test]
    fn too_much_text_is_no_code() {
        assert_eq!(svg_path(&"x".repeat(3000)), None);
    }
}
