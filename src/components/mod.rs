//! Thin Leptos views over the pure core, one component a file.

mod bodies_table;
mod chart_card;
mod cite_button;
mod copy_box;
mod dashboard;
mod data_notes;
mod data_table;
mod downloads;
mod echart;
mod embed_view;
mod facts;
mod filters;
mod key_figures;
mod language_switch;
mod load_error;
mod modal;
mod share_panel;
mod source_line;

pub use bodies_table::BodiesTable;
pub use chart_card::ChartCard;
pub use cite_button::CiteButton;
pub use copy_box::CopyBox;
pub use dashboard::{Dashboard, DashboardData};
pub use data_notes::DataNotes;
pub use data_table::DataTableView;
pub use downloads::Downloads;
pub use echart::EChart;
pub use embed_view::EmbedView;
pub use facts::Facts;
pub use filters::Filters;
pub use key_figures::KeyFigures;
pub use language_switch::LanguageSwitch;
pub use load_error::LoadErrorPanel;
pub use modal::Modal;
pub use share_panel::SharePanel;
pub use source_line::SourceLine;
