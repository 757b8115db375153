//! The app's components in a real browser (headless Chromium through wasm-bindgen-test):
//! the embedded index decodes in wasm and the page renders it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

#[wasm_bindgen_test]
fn embedded_index_decodes_in_wasm() {
    let index = story_explorer::load_index()
        .expect("the embedded index decodes")
        .index;
    assert!(!index.documents.is_empty());
    for doc in &index.documents {
        assert!(!doc.id.is_empty());
        assert!(!doc.title.is_empty());
    }
}

#[wasm_bindgen_test]
fn app_lists_every_document() {
    let index = story_explorer::load_index()
        .expect("the embedded index decodes")
        .index;
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let _handle = leptos::mount::mount_to(root.clone(), story_explorer::App);
    let links = root.query_selector_all(".doc-list__link").unwrap();
    assert_eq!(links.length() as usize, index.documents.len());
    let first = links.item(0).unwrap().text_content().unwrap_or_default();
    assert_eq!(first, index.documents[0].title);
    // No document open: the welcome text, no reader.
    assert!(root.query_selector(".reader").unwrap().is_none());
}
