/// The allocator in the browser: talc's WebAssembly allocator, which makes
/// every page's first load 2 KB (brotli) lighter than the standard library's
/// dlmalloc.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    qapi::start();
}
