//! A panic is never a blank page: the hook logs it and shows a visible message with a link
//! back to the default view.

use wasm_bindgen::JsValue;

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Story Explorer: {info}")));
        show_error();
    }));
}

/// Puts an alert at the top of the page, built with DOM calls only (no HTML parsing).
pub fn show_error() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("panic");
    panel.set_attribute("role", "alert").ok()?;
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some("Something went wrong and this view stopped working. "));
    let link = document.create_element("a").ok()?;
    link.set_attribute("href", "?").ok()?;
    link.set_text_content(Some("Reload the default view"));
    text.append_child(&link).ok()?;
    panel.append_child(&text).ok()?;
    body.prepend_with_node_1(&panel).ok()?;
    Some(())
}
