//! Thin Leptos views over the pure core, one component a file.

mod bodies_table;
mod chart_card;
mod dashboard;
mod data_notes;
mod data_table;
mod echart;
mod facts;
mod filters;
mod key_figures;
mod language_switch;
mod load_error;
mod source_line;

pub use bodies_table::BodiesTable;
pub use chart_card::ChartCard;
pub use dashboard::{Dashboard, DashboardData};
pub use data_notes::DataNotes;
pub use data_table::DataTableView;
pub use echart::EChart;
pub use facts::Facts;
pub use filters::Filters;
pub use key_figures::KeyFigures;
pub use language_switch::LanguageSwitch;
pub use load_error::LoadErrorPanel;
pub use source_line::SourceLine;
