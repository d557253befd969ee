//! `?page=&per_page=` and the `{items, page, per_page, total}` envelope.

use serde::Serialize;
use utoipa::ToSchema;

use super::QueryMap;
use crate::platform::db::Window;

pub const DEFAULT_PER_PAGE: i64 = 50;
pub const MAX_PER_PAGE: i64 = 200;

#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

impl Paging {
    pub fn from_query(q: &mut QueryMap) -> Self {
        let page = q.take_in::<i64>("page", 1, 1_000_000).unwrap_or(1);
        let per_page = q
            .take_in::<i64>("per_page", 1, MAX_PER_PAGE)
            .unwrap_or(DEFAULT_PER_PAGE);
        Self { page, per_page }
    }

    /// The rows of this page, for a store.
    pub fn window(&self) -> Window {
        Window {
            offset: (self.page - 1) * self.per_page,
            limit: self.per_page,
        }
    }

    pub fn wrap<T>(self, items: Vec<T>, total: i64) -> Page<T> {
        Page {
            items,
            page: self.page,
            per_page: self.per_page,
            total,
        }
    }
}

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: i64,
    pub per_page: i64,
    /// Number of items across all pages.
    pub total: i64,
}
