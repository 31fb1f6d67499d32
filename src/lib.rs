#![recursion_limit = "512"]
//! The site: the Leptos app over the pure core (`ox_core`), its pages and components, and the
//! browser shell (`web`), the one place that talks to the browser. Everything here renders
//! natively too, which is how the build step (`crates/publish`) prerenders every page.

pub mod app;
mod components;
pub mod context;
mod web;

pub use app::App;
