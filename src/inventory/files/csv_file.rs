//! CSV: one sheet per file. Written as UTF-8 with a byte-order mark, which
//! is how Excel recognises UTF-8 (without it, Chinese headers open garbled);
//! read from UTF-8, with or without the mark.

use super::grid::{Cell, Grid, GridRow, MAX_COLUMNS, MAX_ROWS};

pub const CONTENT_TYPE: &str = "text/csv";

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn write(grid: &Grid) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(BOM.to_vec());
    for row in &grid.rows {
        out.write_record(row.cells.iter().map(Cell::as_text))?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// Why a CSV file could not be read.
#[derive(Debug)]
pub enum ReadError {
    NotUtf8,
    Malformed(String),
    TooLarge { row: u32, column: u32 },
}

/// The rows of a CSV file, numbered from 1 as a spreadsheet shows them.
pub fn read(bytes: &[u8], name: &str) -> Result<Grid, ReadError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(ReadError::NotUtf8);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    // The line each record starts on, counted from its byte offset: the
    // reader skips empty lines (and does not count them), which a
    // spreadsheet shows as empty rows.
    let (mut counted_to, mut line) = (0usize, 1u32);
    for record in reader.records() {
        let record = record.map_err(|e| ReadError::Malformed(e.to_string()))?;
        let start = record.position().map_or(counted_to, |p| p.byte() as usize);
        let mut start = start.clamp(counted_to, bytes.len());
        // The offset is where the reader began, before the empty lines it skipped.
        while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
            start += 1;
        }
        line += bytes[counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u32;
        counted_to = start;
        let number = line;
        let cells: Vec<Cell> = record
            .iter()
            .map(|s| {
                if s.trim().is_empty() {
                    Cell::Blank
                } else {
                    Cell::Text(s.to_string())
                }
            })
            .collect();
        let last_filled = cells.iter().rposition(|c| !c.is_blank());
        let Some(last) = last_filled else { continue };
        if number > MAX_ROWS || last as u32 >= MAX_COLUMNS {
            return Err(ReadError::TooLarge {
                row: number,
                column: last as u32 + 1,
            });
        }
        rows.push(GridRow {
            number,
            cells: cells.into_iter().take(last + 1).collect(),
        });
    }
    Ok(Grid {
        name: name.to_string(),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_reads_back_as_written_with_its_row_numbers() {
        let grid = Grid {
            name: "units".into(),
            rows: vec![
                GridRow {
                    number: 1,
                    cells: vec![
                        Cell::Text("单元编号 code".into()),
                        Cell::Text("面积 area_m2 (㎡)".into()),
                    ],
                },
                GridRow {
                    number: 2,
                    cells: vec![Cell::Text("A1-0501".into()), Cell::Number(812.5)],
                },
            ],
        };
        let bytes = write(&grid).unwrap();
        assert!(bytes.starts_with(BOM));
        let back = read(&bytes, "units").unwrap();
        assert_eq!(back.rows.len(), 2);
        assert_eq!(back.rows[1].number, 2);
        assert_eq!(back.rows[1].cells[1].as_text(), "812.5");
        assert_eq!(back.rows[0].cells[0].as_text(), "单元编号 code");
    }

    #[test]
    fn blank_lines_keep_later_row_numbers() {
        let back = read(b"h1,h2\n,\n\nA,1\n", "units").unwrap();
        assert_eq!(
            back.rows.iter().map(|r| r.number).collect::<Vec<_>>(),
            vec![1, 4]
        );
    }

    #[test]
    fn other_encodings_are_refused() {
        assert!(matches!(
            read(b"\xff\xfe,a", "units"),
            Err(ReadError::NotUtf8)
        ));
    }
}
