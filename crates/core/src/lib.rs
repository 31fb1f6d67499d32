//! The pure core of the transparency site for Schleswig-Holstein's move from Microsoft Exchange to
//! Open-Xchange: everything that can be known without a browser or a build. It depends on no UI
//! framework and no browser API, so all of it is tested natively; the site (`src/`) and the build
//! step (`crates/publish`) are built on it, never the other way round.
//!
//! The way of the data: [`model`] parses and checks the JSON, derives the figures; [`selection`]
//! filters, sorts and searches the bodies for a [`view_state`]; [`charts`] turns a selection into
//! ECharts options; [`i18n`] and [`format`] give every text and number in German and English;
//! [`cite`] and [`embed_code`] say how to reuse what is shown.

pub mod answer;
pub mod changes;
pub mod chart_drawings;
pub mod charts;
pub mod cite;
pub mod embed_code;
pub mod files;
pub mod format;
pub mod head;
pub mod html;
pub mod i18n;
pub mod lang;
pub mod load;
pub mod model;
pub mod naming;
pub mod notes;
pub mod operator;
pub mod page_names;
pub mod page_weight;
pub mod route;
pub mod selection;
pub mod view_state;
