//! A sheet as the format adapters read it and the export writes it: rows of
//! plain cells, numbered as a spreadsheet numbers them. Neither xlsx nor
//! CSV leaks past this.

use chrono::NaiveDate;

/// One cell's value, whatever the file format.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Blank,
    Text(String),
    Number(f64),
    Bool(bool),
    Date(NaiveDate),
}

impl Cell {
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Blank => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as an operator would read it.
    pub fn as_text(&self) -> String {
        match self {
            Cell::Blank => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(n) => format_number(*n),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => d.to_string(),
        }
    }
}

/// Whole numbers without a decimal point (`4500`, not `4500.0`).
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// One row: its number (the header is row 1) and its cells by column.
#[derive(Debug, Clone)]
pub struct GridRow {
    pub number: u32,
    pub cells: Vec<Cell>,
}

impl GridRow {
    pub fn cell(&self, column: usize) -> &Cell {
        self.cells.get(column).unwrap_or(&Cell::Blank)
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_blank)
    }
}

/// One sheet: its name and rows, the header first.
#[derive(Debug, Clone)]
pub struct Grid {
    pub name: String,
    pub rows: Vec<GridRow>,
}

/// How many rows and columns a sheet may have: far beyond a real park
/// (a 500-unit park has about 600 rows), and a bound on the work one upload
/// can cause.
pub const MAX_ROWS: u32 = 20_000;
pub const MAX_COLUMNS: u32 = 64;

/// A spreadsheet's name for the column at `index` (0 → `A`, 26 → `AA`).
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn whole_numbers_read_without_a_decimal_point() {
        assert_eq!(format_number(4500.0), "4500");
        assert_eq!(format_number(7.5), "7.5");
        assert_eq!(Cell::Text("  A1 ".into()).as_text(), "A1");
    }
}
