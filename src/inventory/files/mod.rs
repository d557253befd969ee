//! Inventory files: a park's buildings, freight lifts, floors and units
//! exported as a workbook (or one sheet as CSV) and imported back, creating
//! and updating records by their codes, all or nothing.

mod apply;
mod checks;
mod choices;
pub mod columns;
mod csv_file;
pub mod export;
pub mod grid;
pub mod http;
pub mod import;
pub mod model;
mod neighbours;
mod plan;
mod records;
mod rows;
mod state;
pub mod store;
mod xlsx_file;

pub use csv_file::CONTENT_TYPE as CSV;
pub use xlsx_file::CONTENT_TYPE as XLSX;
