//! What a document upload may be: its size limit and the file types accepted,
//! recognised by their first bytes (a declared type or file name proves nothing).

/// 5 MiB: a scanned passport page or certificate fits comfortably.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Documents one application may list: more than any service asks for, few
/// enough that a list cannot be used to pin other people's uploads.
pub const MAX_ATTACHMENTS: usize = 20;

/// The media type of an accepted document, or `None` for any other content.
pub fn media_type(content: &[u8]) -> Option<&'static str> {
    if content.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if content.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::media_type;

    #[test]
    fn recognises_pdf_jpeg_and_png_by_content_only() {
        assert_eq!(media_type(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(media_type(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some("image/jpeg"));
        assert_eq!(media_type(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(media_type(b"GIF89a"), None);
        assert_eq!(media_type(b"<html>%PDF-"), None);
        assert_eq!(media_type(b""), None);
    }
}
