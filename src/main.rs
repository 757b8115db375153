//! Mounts the app; everything else is in the library so tests can use it.

fn main() {
    story_explorer::start();
}
