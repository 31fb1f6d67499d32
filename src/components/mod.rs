//! Thin Leptos views over the pure core, one component a file.

mod bodies_table;
mod data_notes;
mod load_error;
mod overview;
mod source_line;

pub use bodies_table::BodiesTable;
pub use data_notes::DataNotes;
pub use load_error::LoadErrorPanel;
pub use overview::Overview;
pub use source_line::SourceLine;
