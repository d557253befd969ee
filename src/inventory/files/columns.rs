//! The columns of each sheet, defined once: the header an export writes, how
//! an import recognises the column, and how a cell becomes the API field's
//! value (and back). A header is `中文 field (unit)`; the import looks only
//! for the API field name among its words, so operators may reorder columns
//! or trim the Chinese part.
//!
//! The header is the same whatever the request's language: a file passes
//! from one operator to another, and an English reader still finds the field
//! name in it. Its Chinese words come from the catalogue (`files-column-…`).

use chrono::NaiveDate;
use serde_json::Value;

use super::choices::Vocabulary;
use super::grid::{Cell, format_number};
use super::model::Sheet;
use crate::i18n::{self, Lang};
use crate::text;

/// What a column holds, and so how its cells are read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// One of the API's enum values (`industrial_tower`), or its label in
    /// either language (`工业大厦`, `Industrial tower`).
    Choice(Vocabulary),
    Integer,
    Decimal,
    Bool,
    /// `YYYY-MM-DD`, or a date cell.
    Date,
    /// Unit codes separated by `;` (neighbours).
    Codes,
}

/// One column of a sheet.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The API's field name; also the word an import recognises.
    pub field: &'static str,
    /// The column in words; the header shows its Chinese.
    pub label: fn() -> i18n::Text,
    /// The unit, written after it in parentheses.
    pub unit: Option<&'static str>,
    pub kind: Kind,
    /// Whether an import needs the column (and a value in each row).
    pub required: bool,
}

impl Column {
    pub fn header(&self) -> String {
        match self.unit {
            Some(u) => format!("{} {} ({u})", self.words(), self.field),
            None => format!("{} {}", self.words(), self.field),
        }
    }

    /// The Chinese words of the header.
    fn words(&self) -> String {
        (self.label)().render(Lang::ZhCn)
    }
}

const fn col(
    field: &'static str,
    label: fn() -> i18n::Text,
    unit: Option<&'static str>,
    kind: Kind,
    required: bool,
) -> Column {
    Column {
        field,
        label,
        unit,
        kind,
        required,
    }
}

use Kind::*;

const MM: Option<&str> = Some("mm");
const M2: Option<&str> = Some("㎡");
const KN_M2: Option<&str> = Some("kN/㎡");
const KVA: Option<&str> = Some("kVA");

/// The key that names a building in the other sheets.
pub const BUILDING_CODE: &str = "building_code";
/// Neighbours of a unit, by code.
pub const ADJACENT_UNIT_CODES: &str = "adjacent_unit_codes";

const BUILDINGS: &[Column] = &[
    col(
        "code",
        || text!("files-column-building-code"),
        None,
        Text,
        true,
    ),
    col("name", || text!("files-column-name"), None, Text, false),
    col(
        "kind",
        || text!("files-column-kind"),
        None,
        Choice(Vocabulary::BuildingKind),
        true,
    ),
    col(
        "floors_above_ground",
        || text!("files-column-floors-above-ground"),
        None,
        Integer,
        true,
    ),
    col(
        "floors_below_ground",
        || text!("files-column-floors-below-ground"),
        None,
        Integer,
        false,
    ),
    col(
        "status",
        || text!("files-column-status"),
        None,
        Choice(Vocabulary::BuildingStatus),
        true,
    ),
    col(
        "completion_date",
        || text!("files-column-completion-date"),
        Some("YYYY-MM-DD"),
        Date,
        false,
    ),
    col(
        "max_fire_hazard_class",
        || text!("files-column-max-fire-hazard-class"),
        None,
        Choice(Vocabulary::FireHazardClass),
        true,
    ),
];

const LIFTS: &[Column] = &[
    col(
        BUILDING_CODE,
        || text!("files-column-building-code"),
        None,
        Text,
        true,
    ),
    col("code", || text!("files-column-lift-code"), None, Text, true),
    col(
        "rated_load_kg",
        || text!("files-column-rated-load"),
        Some("kg"),
        Integer,
        true,
    ),
    col(
        "car_width_mm",
        || text!("files-column-car-width"),
        MM,
        Integer,
        true,
    ),
    col(
        "car_depth_mm",
        || text!("files-column-car-depth"),
        MM,
        Integer,
        true,
    ),
    col(
        "car_height_mm",
        || text!("files-column-car-height"),
        MM,
        Integer,
        true,
    ),
    col(
        "door_width_mm",
        || text!("files-column-door-width"),
        MM,
        Integer,
        true,
    ),
    col(
        "door_height_mm",
        || text!("files-column-door-height"),
        MM,
        Integer,
        true,
    ),
    col(
        "lowest_level",
        || text!("files-column-lowest-level"),
        None,
        Integer,
        true,
    ),
    col(
        "highest_level",
        || text!("files-column-highest-level"),
        None,
        Integer,
        true,
    ),
];

const FLOORS: &[Column] = &[
    col(
        BUILDING_CODE,
        || text!("files-column-building-code"),
        None,
        Text,
        true,
    ),
    col("level", || text!("files-column-level"), None, Integer, true),
    col(
        "floor_height_mm",
        || text!("files-column-floor-height"),
        MM,
        Integer,
        true,
    ),
    col(
        "clear_height_mm",
        || text!("files-column-clear-height"),
        MM,
        Integer,
        true,
    ),
    col(
        "live_load_kn_m2",
        || text!("files-column-live-load"),
        KN_M2,
        Decimal,
        true,
    ),
    col("area_m2", || text!("files-column-area"), M2, Decimal, true),
    col(
        "column_grid_x_mm",
        || text!("files-column-column-grid-x"),
        MM,
        Integer,
        false,
    ),
    col(
        "column_grid_y_mm",
        || text!("files-column-column-grid-y"),
        MM,
        Integer,
        false,
    ),
    col(
        "power_kva",
        || text!("files-column-power"),
        KVA,
        Decimal,
        false,
    ),
    col(
        "has_utility_shaft",
        || text!("files-column-utility-shaft"),
        Some("true/false"),
        Bool,
        false,
    ),
];

const UNITS: &[Column] = &[
    col(
        BUILDING_CODE,
        || text!("files-column-building-code"),
        None,
        Text,
        true,
    ),
    col("level", || text!("files-column-level"), None, Integer, true),
    col("code", || text!("files-column-unit-code"), None, Text, true),
    col("area_m2", || text!("files-column-area"), M2, Decimal, true),
    col(
        "status",
        || text!("files-column-status"),
        None,
        Choice(Vocabulary::UnitStatus),
        true,
    ),
    col(
        "asking_rent_fen_m2_day",
        || text!("files-column-asking-rent"),
        Some("分/㎡/天"),
        Integer,
        true,
    ),
    col(
        "fit_out",
        || text!("files-column-fit-out"),
        None,
        Choice(Vocabulary::FitOut),
        true,
    ),
    col(
        "live_load_kn_m2",
        || text!("files-column-unit-live-load"),
        KN_M2,
        Decimal,
        false,
    ),
    col(
        "clear_height_mm",
        || text!("files-column-unit-clear-height"),
        MM,
        Integer,
        false,
    ),
    col(
        "power_kva",
        || text!("files-column-unit-power"),
        KVA,
        Decimal,
        false,
    ),
    col(
        ADJACENT_UNIT_CODES,
        || text!("files-column-adjacent-units"),
        Some(";"),
        Codes,
        false,
    ),
];

pub fn columns(sheet: Sheet) -> &'static [Column] {
    match sheet {
        Sheet::Buildings => BUILDINGS,
        Sheet::Lifts => LIFTS,
        Sheet::Floors => FLOORS,
        Sheet::Units => UNITS,
    }
}

/// The column a header names: the one whose field name is a word of it
/// (words split at spaces and parentheses, case ignored).
pub fn recognise(sheet: Sheet, header: &str) -> Option<&'static Column> {
    let words = header
        .split(|c: char| c.is_whitespace() || "()（）".contains(c))
        .filter(|w| !w.is_empty());
    let mut found = None;
    for w in words {
        if let Some(c) = columns(sheet)
            .iter()
            .find(|c| c.field.eq_ignore_ascii_case(w))
        {
            found = Some(c);
        }
    }
    found
}

/// Why a cell cannot be read as its column's kind.
pub type CellProblem = (&'static str, i18n::Text);

/// A cell as the API field's JSON value; `Null` when blank.
pub fn read_cell(kind: Kind, cell: &Cell) -> Result<Value, CellProblem> {
    if cell.is_blank() {
        return Ok(Value::Null);
    }
    match kind {
        Text => Ok(Value::String(cell.as_text())),
        Choice(vocabulary) => choice(vocabulary, cell).map(Value::from),
        Integer => integer(cell).map(Value::from),
        Decimal => decimal(cell).map(Value::from),
        Bool => boolean(cell).map(Value::Bool),
        Date => date(cell).map(|d| Value::String(d.to_string())),
        Codes => Ok(Value::Array(
            codes(&cell.as_text())
                .into_iter()
                .map(Value::String)
                .collect(),
        )),
    }
}

/// The wire value of an enum cell; a wrong one's message lists the values.
fn choice(vocabulary: Vocabulary, cell: &Cell) -> Result<&'static str, CellProblem> {
    let text = cell.as_text();
    vocabulary.read(&text).ok_or_else(|| {
        (
            "invalid_choice",
            text!(
                "files-invalid-choice",
                value = text,
                accepted = vocabulary.accepted()
            ),
        )
    })
}

fn decimal(cell: &Cell) -> Result<f64, CellProblem> {
    let n = match cell {
        Cell::Number(n) => *n,
        other => number(&other.as_text()).ok_or_else(|| {
            (
                "not_a_number",
                text!("files-not-a-number", value = other.as_text()),
            )
        })?,
    };
    if n.is_finite() {
        Ok(n)
    } else {
        Err(("not_a_number", text!("files-not-finite")))
    }
}

/// `1300`, `1300.5`, or with thousands separated (`1,300`, `1,300.5`): a
/// number kept as text in a spreadsheet keeps the commas Excel showed.
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Ok(n) = t.parse::<f64>() {
        return Some(n);
    }
    let (whole, fraction) = t.split_once('.').map_or((t, None), |(w, f)| (w, Some(f)));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let groups: Vec<&str> = digits.split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if !grouped {
        return None;
    }
    let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
    format!("{sign}{}{fraction}", groups.concat()).parse().ok()
}

fn integer(cell: &Cell) -> Result<i64, CellProblem> {
    let n = decimal(cell)?;
    if n.fract() != 0.0 || n.abs() > 1e15 {
        return Err((
            "not_an_integer",
            text!("files-not-an-integer", value = format_number(n)),
        ));
    }
    Ok(n as i64)
}

fn boolean(cell: &Cell) -> Result<bool, CellProblem> {
    if let Cell::Bool(b) = cell {
        return Ok(*b);
    }
    match cell.as_text().to_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "是" | "有" => Ok(true),
        "false" | "no" | "n" | "0" | "否" | "无" => Ok(false),
        other => Err(("not_a_boolean", text!("files-not-a-boolean", value = other))),
    }
}

fn date(cell: &Cell) -> Result<NaiveDate, CellProblem> {
    if let Cell::Date(d) = cell {
        return Ok(*d);
    }
    let text = cell.as_text();
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| ("not_a_date", text!("files-not-a-date", value = text)))
}

/// `A1-0501; A1-0502` → the codes, in order (`;`, `,`, `、` or spaces between).
pub fn codes(text: &str) -> Vec<String> {
    text.split(|c: char| {
        c == ';' || c == ',' || c == '；' || c == '，' || c == '、' || c.is_whitespace()
    })
    .filter(|s| !s.is_empty())
    .map(str::to_string)
    .collect()
}

/// The cell an export writes for a field's JSON value.
pub fn write_cell(kind: Kind, value: &Value) -> Cell {
    match (kind, value) {
        (_, Value::Null) => Cell::Blank,
        (Bool, Value::Bool(b)) => Cell::Bool(*b),
        (Integer | Decimal, Value::Number(n)) => n.as_f64().map_or(Cell::Blank, Cell::Number),
        (Codes, Value::Array(items)) => Cell::Text(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        (_, Value::String(s)) => Cell::Text(s.clone()),
        (_, other) => Cell::Text(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_may_have_their_thousands_separated_and_nothing_else() {
        assert_eq!(number("1,300"), Some(1300.0));
        assert_eq!(number(" 12,345,678.5 "), Some(12_345_678.5));
        assert_eq!(number("-1,000"), Some(-1000.0));
        assert_eq!(number("1300"), Some(1300.0));
        for bad in [
            "1,30", "1,3000", ",300", "1,,300", "800㎡", "1.300,5", "12,34.5", "",
        ] {
            assert_eq!(number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn headers_carry_the_field_and_its_unit() {
        let area = columns(Sheet::Floors)
            .iter()
            .find(|c| c.field == "area_m2")
            .map(Column::header);
        assert_eq!(area.as_deref(), Some("面积 area_m2 (㎡)"));
    }

    #[test]
    fn a_column_is_recognised_by_its_field_name_alone() {
        for sheet in Sheet::ALL {
            for c in columns(sheet) {
                assert_eq!(
                    recognise(sheet, &c.header()).map(|r| r.field),
                    Some(c.field)
                );
                assert_eq!(recognise(sheet, c.field).map(|r| r.field), Some(c.field));
            }
        }
        assert_eq!(
            recognise(Sheet::Floors, "LIVE_LOAD_KN_M2").map(|c| c.field),
            Some("live_load_kn_m2")
        );
        assert!(recognise(Sheet::Floors, "面积").is_none());
        assert!(recognise(Sheet::Buildings, "area_m2").is_none());
    }

    #[test]
    fn cells_read_as_their_kind() {
        assert_eq!(
            read_cell(Integer, &Cell::Number(4500.0)),
            Ok(Value::from(4500))
        );
        assert_eq!(
            read_cell(Integer, &Cell::Text(" 12 ".into())),
            Ok(Value::from(12))
        );
        assert!(read_cell(Integer, &Cell::Number(4.5)).is_err());
        assert!(read_cell(Decimal, &Cell::Text("lots".into())).is_err());
        assert_eq!(
            read_cell(Bool, &Cell::Text("是".into())),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            read_cell(
                Choice(Vocabulary::UnitStatus),
                &Cell::Text("Available".into())
            ),
            Ok(Value::from("available"))
        );
        assert_eq!(
            read_cell(Choice(Vocabulary::FitOut), &Cell::Text("洁净车间".into())),
            Ok(Value::from("cleanroom"))
        );
        assert_eq!(
            read_cell(Choice(Vocabulary::FitOut), &Cell::Text("marble".into()))
                .map_err(|(code, _)| code),
            Err("invalid_choice")
        );
        assert_eq!(
            read_cell(Decimal, &Cell::Text("  ".into())),
            Ok(Value::Null)
        );
        assert_eq!(codes("A-1; A-2,A-3"), vec!["A-1", "A-2", "A-3"]);
    }

    #[test]
    fn what_an_export_writes_reads_back_the_same() {
        for (kind, v) in [
            (Decimal, Value::from(1234.56)),
            (Integer, Value::from(4500)),
            (Bool, Value::Bool(false)),
            (Text, Value::from("A1")),
            (Date, Value::from("2027-06-30")),
            (Codes, serde_json::json!(["A-1", "A-2"])),
        ] {
            let back = read_cell(kind, &write_cell(kind, &v));
            let back = match (kind, back) {
                (Integer, Ok(Value::Number(n))) => Ok(Value::from(n.as_i64())),
                (_, b) => b,
            };
            assert_eq!(back, Ok(v));
        }
    }
}
