//! Values stored as TEXT on both backends: ids, id lists and the enums of
//! the vocabulary.
//! The multi-backend connection only supports the types both databases share,
//! so these convert through strings, once, here.

/// Implements TEXT storage on both backends (and the multi backend) for a
/// type that is `Display + FromStr`.
#[macro_export]
macro_rules! sql_text {
    ($ty:ty) => {
        // `AsExpression` and `FromSqlRow` for a type declared elsewhere (the
        // domain knows nothing of diesel): diesel's foreign derive on a proxy.
        const _: () = {
            #[derive(diesel::AsExpression, diesel::FromSqlRow)]
            #[diesel(foreign_derive, sql_type = diesel::sql_types::Text)]
            #[allow(dead_code)]
            struct Proxy($ty);
        };
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::pg::Pg>,
            ) -> diesel::serialize::Result {
                use std::io::Write;
                write!(out, "{}", self)?;
                Ok(diesel::serialize::IsNull::No)
            }
        }
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::sqlite::Sqlite> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::sqlite::Sqlite>,
            ) -> diesel::serialize::Result {
                out.set_value(self.to_string());
                Ok(diesel::serialize::IsNull::No)
            }
        }
        impl diesel::serialize::ToSql<diesel::sql_types::Text, $crate::platform::db::conn::MultiBackend>
            for $ty
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, $crate::platform::db::conn::MultiBackend>,
            ) -> diesel::serialize::Result {
                out.set_value((diesel::sql_types::Text, self));
                Ok(diesel::serialize::IsNull::No)
            }
        }
        impl diesel::deserialize::FromSql<diesel::sql_types::Text, diesel::pg::Pg> for $ty {
            fn from_sql(bytes: diesel::pg::PgValue<'_>) -> diesel::deserialize::Result<Self> {
                let s = <String as diesel::deserialize::FromSql<
                    diesel::sql_types::Text,
                    diesel::pg::Pg,
                >>::from_sql(bytes)?;
                s.parse::<$ty>()
                    .map_err(|e| format!("bad stored value {s:?}: {e}").into())
            }
        }
        impl diesel::deserialize::FromSql<diesel::sql_types::Text, diesel::sqlite::Sqlite> for $ty {
            fn from_sql(
                bytes: <diesel::sqlite::Sqlite as diesel::backend::Backend>::RawValue<'_>,
            ) -> diesel::deserialize::Result<Self> {
                let s = <String as diesel::deserialize::FromSql<
                    diesel::sql_types::Text,
                    diesel::sqlite::Sqlite,
                >>::from_sql(bytes)?;
                s.parse::<$ty>()
                    .map_err(|e| format!("bad stored value {s:?}: {e}").into())
            }
        }
        impl diesel::deserialize::FromSql<diesel::sql_types::Text, $crate::platform::db::conn::MultiBackend>
            for $ty
        {
            fn from_sql(
                bytes: <$crate::platform::db::conn::MultiBackend as diesel::backend::Backend>::RawValue<'_>,
            ) -> diesel::deserialize::Result<Self> {
                bytes.from_sql::<$ty, diesel::sql_types::Text>()
            }
        }
    };
}

crate::sql_text!(crate::domain::Id);
crate::sql_text!(crate::domain::Role);
crate::sql_text!(crate::domain::BuildingKind);
crate::sql_text!(crate::domain::BuildingStatus);
crate::sql_text!(crate::domain::FireHazardClass);
crate::sql_text!(crate::domain::UnitStatus);
crate::sql_text!(crate::domain::FitOut);
crate::sql_text!(crate::domain::IndustryList);
crate::sql_text!(crate::domain::ApplicationStatus);
crate::sql_text!(crate::domain::OfferStatus);
crate::sql_text!(crate::domain::LeaseStatus);
crate::sql_text!(crate::domain::UseType);
crate::sql_text!(crate::audit::EntityKind);
crate::sql_text!(crate::audit::Action);

crate::sql_text!(crate::domain::IdList);
