//! A panic is never a blank page. Every panic ends in a wasm trap (the wasm target aborts on
//! a panic); `trap.js`, loaded before the app, answers an uncaught trap with a visible alert
//! and a link back to the default view. The release build aborts at once (`-C
//! panic=immediate-abort`, scripts/build-page), with no hook and no message; a build that
//! keeps std's panic machinery (`panic = "abort"`: tests, a stable build) logs the panic first.

/// Logs a panic's message to the console (where the panic machinery is compiled in).
pub fn install_hook() {
    #[cfg(panic = "abort")]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(&format!(
            "Story Explorer: {info}"
        )));
    }));
}
