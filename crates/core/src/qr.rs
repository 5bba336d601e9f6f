//! A QR code as one SVG path: on the booking slip the office scans the
//! reference instead of typing it; on an application's confirmation a phone
//! opens the tracking page. Drawn as a `<path>` (no inline styles,
//! which the CSP forbids; no image file to fetch).
//!
//! The encoder is `qrcodegen` (Project Nayuki): one file with no
//! dependencies that only encodes, which is all the slip needs; the other
//! crates bring renderers (image, SVG strings, terminals) we would ship and
//! never call. Used lean: one segment whose mode we choose, versions 1 to
//! 10 and a fixed mask, so the mode detection and the mask scoring are
//! never linked. Measured alone, that
//! is 12 KB of wasm (4.9 KB brotli) instead of 23.5 KB (10.2 KB); in the
//! queue's chunk (the only place it is), 1 KB brotli less than `encode_text`.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

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
/// or smudged slip), or `None` when it is too long for version 10 (up to
/// 90 capitals, digits and ` $%*+-./:` fit in version 4; any other text, an
/// address, as UTF-8 bytes, up to 213 of them). The page always shows the
/// text as well.
pub fn svg_path(text: &str) -> Option<QrPath> {
    // Chosen here, not by `encode_text`, whose mode detection we would ship
    // and never need: a reference is alphanumeric, an address is not.
    let segments = [if QrSegment::is_alphanumeric(text) {
        QrSegment::make_alphanumeric(text)
    } else {
        QrSegment::make_bytes(text.as_bytes())
    }];
    // Any mask makes a valid code; choosing the best one is the costly part.
    let (min, max) = (Version::new(1), Version::new(10));
    let code =
        QrCode::encode_segments_advanced(&segments, QrCodeEcc::Medium, min, max, Some(Mask::new(0)), false).ok()?;
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
            d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
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
    fn only_text_that_fits_version_10_is_a_code() {
        assert_eq!(svg_path(&"Q".repeat(90)).unwrap().side, 33 + 8);
        assert!(svg_path(&"Q".repeat(311)).is_some());
        assert_eq!(svg_path(&"Q".repeat(312)), None);
        assert!(svg_path(&"q".repeat(213)).is_some());
        assert_eq!(svg_path(&"q".repeat(214)), None);
    }

    /// What a phone's camera reads back is the address itself.
    #[test]
    fn an_address_reads_back_as_written() {
        for text in [
            "https://e-xidmet.migration.gov.az/az/services/application-tracking/start",
            "http://127.0.0.1:8080/ru/services/application-tracking/start",
            "QB-4H7T-0ZK9",
        ] {
            assert_eq!(decode(&svg_path(text).unwrap()), text);
        }
    }

    /// Draws the path's rectangles into a picture (4 pixels a module) and
    /// reads it with `rqrr`, a decoder written apart from the encoder.
    fn decode(qr: &QrPath) -> String {
        const SCALE: usize = 4;
        let side = qr.side * SCALE;
        let mut dark = vec![false; side * side];
        for rect in qr.d.split('M').filter(|r| !r.is_empty()) {
            let (at, rest) = rect.split_once('h').unwrap();
            let (x, y) = at.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            for py in y * SCALE..(y + 1) * SCALE {
                for px in x * SCALE..(x + run) * SCALE {
                    dark[py * side + px] = true;
                }
            }
        }
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| if dark[y * side + x] { 0 } else { 255 });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().unwrap().1
    }
}
