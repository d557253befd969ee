//! `GET` and `POST /api/v1/parks/{park_id}/inventory`: the inventory as a
//! file, and a file as inventory.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use futures_util::StreamExt;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use super::export::{self, FileFormat};
use super::import::{self, MAX_FILE_BYTES};
use super::model::{ImportReport, Sheet};
use super::{CSV, XLSX};
use crate::access::CurrentUser;
use crate::platform::blocking::off_thread;
use crate::platform::db::{self, Id, tx};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::QueryMap;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(export_inventory).service(import_inventory);
}

/// The file formats of `?format=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InventoryFormat {
    Xlsx,
    Csv,
}

/// A workbook's bytes, as the document describes a binary body.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct XlsxFile(pub Vec<u8>);

/// A CSV file's text (UTF-8; a byte-order mark is written and accepted).
#[derive(ToSchema)]
#[schema(value_type = String)]
pub struct CsvFile(pub String);

/// `?sheet=`: absent, a sheet, or given but unknown (already reported).
fn sheet_param(q: &mut QueryMap) -> Result<Option<Sheet>, ()> {
    let Some(raw) = q.take::<String>("sheet", crate::text!("files-expected-sheet")) else {
        return Ok(None);
    };
    match Sheet::parse(&raw) {
        Some(s) => Ok(Some(s)),
        None => {
            q.error(
                "sheet",
                "invalid",
                crate::text!("files-invalid-sheet", value = raw.as_str()),
            );
            Err(())
        }
    }
}

/// A CSV file holds one sheet, so `format=csv` needs `sheet`; a workbook
/// holds them all, so `sheet` goes only with CSV.
fn file_format(
    q: &mut QueryMap,
    csv: bool,
    sheet: Result<Option<Sheet>, ()>,
) -> Option<FileFormat> {
    let sheet = sheet.ok()?;
    match (csv, sheet) {
        (false, None) => Some(FileFormat::Xlsx),
        (false, Some(_)) => {
            q.error("sheet", "csv_only", crate::text!("files-sheet-csv-only"));
            None
        }
        (true, Some(s)) => Some(FileFormat::Csv(s)),
        (true, None) => {
            q.error("sheet", "required", crate::text!("files-sheet-required"));
            None
        }
    }
}

/// The park's inventory as a file: an xlsx workbook with the sheets
/// `buildings`, `lifts`, `floors` and `units`, or with `format=csv` the one
/// sheet named by `sheet` (a CSV file holds one table). Headers are
/// `中文 field (unit)`, e.g. `面积 area_m2 (㎡)`; rows name each other by
/// codes (`building_code`, `level`). `template=true` gives the headers
/// only. The park's operators and admins; anyone else 403.
#[utoipa::path(tag = "inventory files",
    params(("park_id" = Id, Path),
        ("format" = Option<InventoryFormat>, Query, description = "`xlsx` (default) or `csv`"),
        ("sheet" = Option<Sheet>, Query, description = "With `format=csv` only, and then required: the sheet to export"),
        ("template" = Option<bool>, Query, description = "`true`: the headers only, no records")),
    responses(
        (status = 200, description = "The file, as an attachment (`Content-Disposition`)", content(
            (XlsxFile = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (CsvFile = "text/csv"))),
    ),
    security(("bearer" = [])))]
#[get("/parks/{park_id}/inventory")]
async fn export_inventory(
    state: web::Data<AppState>,
    user: CurrentUser,
    park_id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let csv = match q
        .take::<String>("format", crate::text!("files-expected-format"))
        .as_deref()
        .map(str::trim)
    {
        None | Some("xlsx") => false,
        Some("csv") => true,
        Some(other) => {
            q.error(
                "format",
                "invalid",
                crate::text!("files-invalid-format", value = other),
            );
            false
        }
    };
    let template = q
        .take::<bool>("template", crate::text!("validation-expected-boolean"))
        .unwrap_or(false);
    let sheet = sheet_param(&mut q);
    let format = file_format(&mut q, csv, sheet);
    q.finish()?;
    let format = format.ok_or_else(|| AppError::BadRequest(crate::text!("files-no-format")))?;
    let park_id = park_id.into_inner();
    let file = db::read(&state.pool, move |c| {
        export::export(c, &user, park_id, format, template)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type(file.content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .body(file.bytes))
}

/// Creates and updates the park's buildings, floors, lifts and units from
/// a file, by code (building `code`; `building_code` + `level` for floors;
/// `building_code` + `code` for lifts and units), all or nothing. The body
/// is the file itself: `Content-Type`
/// `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` for
/// a workbook, or `text/csv` with `sheet` for one sheet. Rows equal to what
/// is stored are `unchanged` and not written; rows left out delete nothing.
/// `dry_run=true` checks everything and stores nothing. Any problem: one 422
/// whose `errors` each name `sheet`, `row` (header = row 1), `column` (its
/// letter), `cell` (`D7`) and `field`, every problem at once. At most 10 MiB.
#[utoipa::path(tag = "inventory files",
    params(("park_id" = Id, Path),
        ("dry_run" = Option<bool>, Query, description = "`true`: check and report, store nothing"),
        ("sheet" = Option<Sheet>, Query, description = "With a `text/csv` body only, and then required: the sheet the CSV holds")),
    request_body(description = "The file", content(
        (XlsxFile = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (CsvFile = "text/csv"))),
    responses(
        (status = 200, body = ImportReport),
        (status = 400, description = "The body could not be read (`bad_request`)", body = crate::platform::http::problem::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is over 10 MiB (`payload_too_large`)", body = crate::platform::http::problem::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is neither an xlsx workbook nor `text/csv` (`unsupported_media_type`)", body = crate::platform::http::problem::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter, the file or its rows are invalid (`validation_failed`); each error names `sheet`, `row`, `column`, `cell`, `field`", body = crate::platform::http::problem::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
#[post("/parks/{park_id}/inventory")]
async fn import_inventory(
    state: web::Data<AppState>,
    user: CurrentUser,
    park_id: web::Path<Id>,
    req: HttpRequest,
    mut q: QueryMap,
    mut payload: web::Payload,
) -> AppResult<HttpResponse> {
    let dry_run = q
        .take::<bool>("dry_run", crate::text!("validation-expected-boolean"))
        .unwrap_or(false);
    let sheet = sheet_param(&mut q);
    let park_id = park_id.into_inner();
    // Who may import is asked before the body is read: a stranger is
    // refused as such (403, or 404 for no such park), not for the file.
    let asking = user.clone();
    db::read(&state.pool, move |c| {
        export::require_staff_of(c, &asking, park_id)
    })
    .await?;
    let csv = match content_type(&req).as_str() {
        XLSX => false,
        CSV => true,
        _ => {
            return Err(AppError::UnsupportedMediaType(crate::text!(
                "files-send-as",
                xlsx = XLSX,
                csv = CSV
            )));
        }
    };
    let format = file_format(&mut q, csv, sheet);
    q.finish()?;
    let format = format.ok_or_else(|| AppError::BadRequest(crate::text!("files-no-format")))?;
    let too_large = AppError::PayloadTooLarge {
        limit_mib: MAX_FILE_BYTES >> 20,
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_FILE_BYTES) {
        return Err(too_large);
    }
    let mut body = Vec::with_capacity(declared.unwrap_or(0).min(MAX_FILE_BYTES));
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::BadRequest(crate::text!(
                "problem-body-unreadable",
                reason = e.to_string()
            ))
        })?;
        if body.len() + chunk.len() > MAX_FILE_BYTES {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    let pool = state.pool.clone();
    // The file is read before the write transaction opens: parsing takes
    // no lock. The rights are asked again inside it, where they hold.
    let report: ImportReport = off_thread(move || {
        let file = import::read(&body, format)?;
        let mut conn = db::checkout(&pool)?;
        tx::in_write_transaction(&mut conn, |c| {
            import::import(c, &user, park_id, &file, dry_run)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The media type without parameters, lower-cased.
fn content_type(req: &HttpRequest) -> String {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}
