//! Workbooks: written with rust_xlsxwriter, read with calamine's cell
//! reader. The reader streams cells instead of building calamine's `Range`,
//! which allocates the bounding box of every cell: one stray cell at XFD1048576
//! would ask for billions of slots.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx, open_workbook_from_rs};
use rust_xlsxwriter::{Format, Workbook};

use super::grid::{Cell, Grid, GridRow, MAX_COLUMNS, MAX_ROWS};

/// The media type of `.xlsx` files.
pub const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A workbook with one worksheet per grid; the first row of each is the
/// header, in bold and frozen so it stays in view.
pub fn write(grids: &[Grid]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for grid in grids {
        let sheet = book.add_worksheet();
        sheet.set_name(&grid.name)?;
        sheet.set_freeze_panes(1, 0)?;
        for (r, row) in grid.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.cells.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Blank => {}
                    Cell::Text(s) if r == 0 => {
                        sheet.write_string_with_format(r, c, s, &bold)?;
                        sheet.set_column_width(c, (s.chars().count() as f64 * 1.4).max(10.0))?;
                    }
                    Cell::Text(s) => {
                        sheet.write_string(r, c, s)?;
                    }
                    Cell::Number(n) => {
                        sheet.write_number(r, c, *n)?;
                    }
                    Cell::Bool(b) => {
                        sheet.write_boolean(r, c, *b)?;
                    }
                    Cell::Date(d) => {
                        sheet.write_string(r, c, d.to_string())?;
                    }
                }
            }
        }
    }
    book.save_to_buffer()
}

/// Why a workbook could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Not an xlsx workbook at all (not a zip, no workbook part, corrupt).
    NotAWorkbook(String),
    /// A sheet has cells beyond the bounds (`MAX_ROWS`, `MAX_COLUMNS`).
    TooLarge {
        sheet: String,
        row: u32,
        column: u32,
    },
    /// Its parts would unpack to more than `MAX_UNPACKED_BYTES` (bytes).
    Unpacks(u64),
}

/// How much a workbook may unpack to, by the sizes its zip directory
/// declares: a real park's workbook unpacks to about 1 MiB, and a zip bomb
/// of a few MiB could otherwise unpack to gigabytes in the server.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;

fn check_unpacked_size(bytes: &[u8]) -> Result<(), ReadError> {
    let not_a_workbook = |e: zip::result::ZipError| ReadError::NotAWorkbook(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        total = total.saturating_add(archive.by_index_raw(i).map_err(not_a_workbook)?.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(ReadError::Unpacks(total));
    }
    Ok(())
}

/// Every worksheet, in the workbook's order, its rows numbered from 1.
pub fn read(bytes: &[u8]) -> Result<Vec<Grid>, ReadError> {
    check_unpacked_size(bytes)?;
    let not_a_workbook = |e: calamine::XlsxError| ReadError::NotAWorkbook(e.to_string());
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let mut reader = book.worksheet_cells_reader(&name).map_err(not_a_workbook)?;
        let mut rows: Vec<GridRow> = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(not_a_workbook)? {
            let (r, c) = cell.get_position();
            let value = convert(cell.get_value());
            if value.is_blank() {
                continue;
            }
            if r >= MAX_ROWS || c >= MAX_COLUMNS {
                return Err(ReadError::TooLarge {
                    sheet: name,
                    row: r + 1,
                    column: c + 1,
                });
            }
            let number = r + 1;
            let at = match rows.iter().rposition(|row| row.number == number) {
                Some(i) => i,
                None => {
                    rows.push(GridRow {
                        number,
                        cells: Vec::new(),
                    });
                    rows.len() - 1
                }
            };
            let cells = &mut rows[at].cells;
            let c = c as usize;
            if cells.len() <= c {
                cells.resize(c + 1, Cell::Blank);
            }
            cells[c] = value;
        }
        rows.sort_by_key(|r| r.number);
        grids.push(Grid { name, rows });
    }
    Ok(grids)
}

fn convert(value: &DataRef<'_>) -> Cell {
    match value {
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            Cell::Text(s.clone())
        }
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) => match d.as_datetime() {
            Some(t) => Cell::Date(t.date()),
            None => Cell::Number(d.as_f64()),
        },
        // `#N/A`, `#VALUE!`: kept as text, so the cell's check names it.
        DataRef::Error(e) => Cell::Text(format!("#{e:?}")),
        DataRef::Empty => Cell::Blank,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_reads_back_as_written() {
        let grid = Grid {
            name: "floors".into(),
            rows: vec![
                GridRow {
                    number: 1,
                    cells: vec![
                        Cell::Text("楼层 level".into()),
                        Cell::Text("面积 area_m2 (㎡)".into()),
                    ],
                },
                GridRow {
                    number: 2,
                    cells: vec![Cell::Number(5.0), Cell::Number(1234.5)],
                },
                GridRow {
                    number: 3,
                    cells: vec![Cell::Blank, Cell::Bool(true)],
                },
            ],
        };
        let bytes = write(std::slice::from_ref(&grid)).unwrap();
        let back = read(&bytes).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].name, "floors");
        let cells: Vec<_> = back[0]
            .rows
            .iter()
            .map(|r| (r.number, r.cells.clone()))
            .collect();
        assert_eq!(cells[0].1, grid.rows[0].cells);
        assert_eq!(cells[1], (2, vec![Cell::Number(5.0), Cell::Number(1234.5)]));
        assert_eq!(cells[2], (3, vec![Cell::Blank, Cell::Bool(true)]));
    }

    #[test]
    fn garbage_is_not_a_workbook() {
        assert!(matches!(read(b"hello"), Err(ReadError::NotAWorkbook(_))));
        assert!(matches!(
            read(b"PK\x03\x04broken"),
            Err(ReadError::NotAWorkbook(_))
        ));
    }

    #[test]
    fn a_workbook_that_would_unpack_too_far_is_refused_before_it_is_unpacked() {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored)
            .large_file(true);
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        // Stored, so the declared size is the real one; 201 MiB of zeros
        // would be a few hundred KiB deflated.
        let chunk = vec![b'0'; 1 << 20];
        for _ in 0..201 {
            zip.write_all(&chunk).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(matches!(read(&bytes), Err(ReadError::Unpacks(n)) if n > MAX_UNPACKED_BYTES));
    }
}
