//! Entry point of the web app: everything lives in the library so tests can use it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ox_transparenz::App);
}
