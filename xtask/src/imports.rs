//! Short names for the main module's imports from its JavaScript glue.
//!
//! wasm-bindgen names each import after its Rust binding and a hash, like
//! `__wbg_createElement_8c9931a732ee2fea`: some 230 names, each written in
//! the wasm and again in `qapi.js`, whose hashes no compression can shrink.
//! Renamed `a`, `b`, … in both, every page loads about 4 KB less. The glue
//! refers to each by that one name (a key of its imports object), so the
//! two files stay in step; the build fails if a name is not a key of the
//! glue once, if the glue names it anywhere else, or if the module does
//! not validate, rather than shipping a module that cannot be instantiated.

use crate::cmd::Result;
use wasmparser::{BinaryReader, TypeRef};

/// The glue's module, as wasm-bindgen names it in the wasm's imports.
const GLUE: &str = "./qapi_bg.js";

/// `wasm` and `js` with every import from the glue renamed in both.
pub fn shorten(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String)> {
    let err = |e: wasmparser::BinaryReaderError| format!("reading the main module's imports: {e}");
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("the main module is not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut js = js.to_owned();
    let mut renamed = 0;
    let mut old_names = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let section_start = at;
        let id = wasm[at];
        let mut reader = BinaryReader::new(&wasm[at + 1..], at + 1);
        let size = reader.read_var_u32().map_err(err)? as usize;
        let start = reader.original_position();
        let payload = wasm
            .get(start..start + size)
            .ok_or("a section runs past the module's end")?;
        at = start + size;
        if id != 2 {
            out.extend_from_slice(&wasm[section_start..at]);
            continue;
        }
        // The import section: each entry's module, name, then its kind as written.
        let mut reader = BinaryReader::new(payload, start);
        let count = reader.read_var_u32().map_err(err)?;
        let mut section = leb(count);
        for _ in 0..count {
            let module = reader.read_string().map_err(err)?;
            let name = reader.read_string().map_err(err)?;
            let kind_start = reader.original_position() - start;
            reader.read::<TypeRef>().map_err(err)?;
            let kind = &payload[kind_start..reader.original_position() - start];
            let name = if module == GLUE {
                let short = short_name(renamed);
                renamed += 1;
                js = replace_key(&js, name, &short)?;
                old_names.push(name.to_owned());
                short
            } else {
                name.to_owned()
            };
            for text in [module, name.as_str()] {
                section.extend(leb(text.len() as u32));
                section.extend_from_slice(text.as_bytes());
            }
            section.extend_from_slice(kind);
        }
        out.push(2);
        out.extend(leb(section.len() as u32));
        out.extend(section);
    }
    if renamed == 0 {
        return Err(format!(
            "the main module imports nothing from {GLUE}: has wasm-bindgen changed?"
        ));
    }
    if let Some(left) = old_names.iter().find(|old| !identifier_at(&js, old).is_empty()) {
        return Err(format!(
            "qapi.js still names `{left}` after its key was renamed: has wasm-bindgen changed?"
        ));
    }
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&out)
        .map_err(|e| format!("the main module with short import names does not validate: {e}"))?;
    Ok((out, js))
}

/// `a` … `z`, `A` … `Z`, then two letters: valid keys, never a number.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.insert(0, LETTERS[n % LETTERS.len()] as char);
        n /= LETTERS.len();
        if n == 0 {
            return name;
        }
        n -= 1;
    }
}

/// Where `js` has the identifier `name` (not as a part of a longer one).
fn identifier_at(js: &str, name: &str) -> Vec<usize> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    js.match_indices(name)
        .map(|(i, _)| i)
        .filter(|&i| !js[..i].ends_with(part) && !js[i + name.len()..].starts_with(part))
        .collect()
}

/// `js` with the imports object's key `old` (written `old:`) named `new`.
fn replace_key(js: &str, old: &str, new: &str) -> Result<String> {
    let found: Vec<usize> = identifier_at(js, old)
        .into_iter()
        .filter(|&i| js[i + old.len()..].starts_with(':'))
        .collect();
    match found[..] {
        [i] => Ok(format!("{}{new}{}", &js[..i], &js[i + old.len()..])),
        _ => Err(format!(
            "qapi.js has {} keys `{old}` for the wasm's import, not one: has wasm-bindgen changed?",
            found.len()
        )),
    }
}

fn leb(mut n: u32) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing `f` from the glue and `g` from elsewhere, both
    /// functions of type 0, with an empty type section before and a custom
    /// section after the imports.
    fn module(glue_name: &str) -> Vec<u8> {
        let mut imports = leb(2);
        for (module, name) in [(GLUE, glue_name), ("./__wasm_split.js", "load_x")] {
            imports.extend(leb(module.len() as u32));
            imports.extend(module.as_bytes());
            imports.extend(leb(name.len() as u32));
            imports.extend(name.as_bytes());
            imports.extend([0x00, 0x00]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // one type: [] -> []
        wasm.push(2);
        wasm.extend(leb(imports.len() as u32));
        wasm.extend(imports);
        wasm.extend([0, 3, 2, b'h', b'i']); // a custom section "h" holding "i"
        wasm
    }

    #[test]
    fn glue_imports_get_short_names_in_the_wasm_and_the_script() {
        let long = "__wbg_createElement_8c9931a732ee2fea";
        let js = format!("const i={{\"./qapi_bg.js\":{{{long}:function(){{}}}}}};x.{long}_free();");
        let (wasm, js) = shorten(&module(long), &js).unwrap();
        assert_eq!(wasm, module("a"));
        assert_eq!(
            js,
            format!("const i={{\"./qapi_bg.js\":{{a:function(){{}}}}}};x.{long}_free();")
        );
        wasmparser::Validator::new().validate_all(&wasm).unwrap();
    }

    #[test]
    fn a_name_the_script_uses_elsewhere_fails_the_build() {
        let long = "__wbg_now_0123456789abcdef";
        let js = format!("const i={{\"./qapi_bg.js\":{{{long}:function(){{}}}}}};i[\"{long}\"]();");
        let error = shorten(&module(long), &js).unwrap_err();
        assert!(error.contains(long), "{error}");
    }

    #[test]
    fn a_name_the_script_lacks_fails_the_build() {
        let error = shorten(&module("__wbg_gone_0000000000000000"), "const i={};").unwrap_err();
        assert!(error.contains("__wbg_gone_0000000000000000"), "{error}");
    }

    #[test]
    fn short_names_are_distinct_keys() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "aa");
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_alphabetic())));
    }
}
