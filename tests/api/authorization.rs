//! The role × endpoint matrix: who may write what. The answer each cell
//! must give is read from the rules in `upstairs::access`, so the matrix
//! and the rules cannot tell two stories.

use reqwest::Method;
use serde_json::{Value, json};
use upstairs::access::CurrentUser;
use upstairs::domain::{Id, Role};

use crate::helpers::{building_body, floor_body, lift_body, spawn_app, unit_body};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Anonymous,
    Tenant,
    OtherOperator,
    Operator,
    Admin,
}

/// The caller each `Who` stands for, as the access rules see it.
fn caller(who: Who, park: Id, other_park: Id) -> Option<CurrentUser> {
    let (role, park_ids, tenant_id) = match who {
        Who::Anonymous => return None,
        Who::Tenant => (Role::Tenant, vec![], Some(Id::new())),
        Who::OtherOperator => (Role::Operator, vec![other_park], None),
        Who::Operator => (Role::Operator, vec![park], None),
        Who::Admin => (Role::Admin, vec![], None),
    };
    Some(CurrentUser {
        id: Id::new(),
        email: format!("{who:?}@example.com"),
        display_name: format!("{who:?}"),
        role,
        tenant_id,
        park_ids,
        token: None,
    })
}

fn id(s: &str) -> Id {
    s.parse().expect("an id")
}

const EVERYONE: [Who; 5] = [
    Who::Anonymous,
    Who::Tenant,
    Who::OtherOperator,
    Who::Operator,
    Who::Admin,
];

#[actix_web::test]
async fn writes_follow_roles_and_park_scope() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other_park = app.create_park(&admin).await;
    let (_, operator) = app.operator_of(&t.park).await;
    let (_, other_operator) = app.operator_of(&other_park).await;
    let (_, tenant) = app.tenant().await;
    let lift = app
        .create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let token = |who: Who| match who {
        Who::Anonymous => None,
        Who::Tenant => Some(tenant.clone()),
        Who::OtherOperator => Some(other_operator.clone()),
        Who::Operator => Some(operator.clone()),
        Who::Admin => Some(admin.clone()),
    };

    // (method, path, body maker, the rule that allows it)
    type Body = Box<dyn Fn(usize) -> Value>;
    type Rule = fn(&CurrentUser, Id) -> bool;
    let staff: Rule = |u, park| u.manages_park(park);
    let admin_only: Rule = |u, _| u.is_admin();
    let cases: Vec<(Method, String, Body, Rule)> = vec![
        (
            Method::POST,
            "/api/v1/parks".into(),
            Box::new(|_| crate::helpers::park_body()),
            admin_only,
        ),
        (
            Method::PATCH,
            format!("/api/v1/parks/{}", t.park),
            Box::new(|_| json!({"description": "x"})),
            staff,
        ),
        (
            Method::POST,
            format!("/api/v1/parks/{}/buildings", t.park),
            Box::new(|i| building_body(&format!("B{i}"))),
            staff,
        ),
        (
            Method::PATCH,
            format!("/api/v1/buildings/{}", t.building),
            Box::new(|_| json!({"name": "x"})),
            staff,
        ),
        (
            Method::POST,
            format!("/api/v1/buildings/{}/freight-lifts", t.building),
            Box::new(|i| lift_body(&format!("L{i}0"), 3000, 1, 2)),
            staff,
        ),
        (
            Method::PATCH,
            format!("/api/v1/freight-lifts/{lift}"),
            Box::new(|_| json!({"rated_load_kg": 3200})),
            staff,
        ),
        (
            Method::POST,
            format!("/api/v1/buildings/{}/floors", t.building),
            Box::new(|i| floor_body((i % 5) as i32 + 6, 4500, 3800, 8.0, 100.0)),
            staff,
        ),
        (
            Method::PATCH,
            format!("/api/v1/floors/{}", t.fifth),
            Box::new(|_| json!({"power_kva": 900.0})),
            staff,
        ),
        (
            Method::POST,
            format!("/api/v1/floors/{}/units", t.fifth),
            Box::new(|i| unit_body(&format!("U{i}"), 10.0)),
            staff,
        ),
        (
            Method::PATCH,
            format!("/api/v1/units/{}", t.fifth_unit),
            Box::new(|_| json!({"asking_rent_fen_m2_day": 160})),
            staff,
        ),
        (
            Method::POST,
            "/api/v1/users".into(),
            Box::new(
                |i| json!({"email": format!("m{i}@x.cn"), "password": "long-enough-1", "display_name": "M", "role": "operator"}),
            ),
            admin_only,
        ),
        (
            Method::DELETE,
            format!("/api/v1/parks/{other_park}"),
            Box::new(|_| Value::Null),
            admin_only,
        ),
    ];
    let (park, other) = (id(&t.park), id(&other_park));
    let mut n = 0;
    for (method, path, body, rule) in &cases {
        for who in EVERYONE {
            n += 1;
            let b = body(n);
            let b = (!b.is_null()).then_some(b);
            let r = app
                .request(
                    method.clone(),
                    path,
                    token(who).as_deref(),
                    b.as_ref(),
                    None,
                )
                .await;
            let caller = caller(who, park, other);
            let expected = if caller.as_ref().is_some_and(|u| rule(u, park)) {
                assert!(
                    r.status.is_success(),
                    "{who:?} {method} {path}: {} {}",
                    r.status,
                    r.body
                );
                continue;
            } else if who == Who::Anonymous {
                (401, "unauthorized")
            } else {
                (403, "forbidden")
            };
            assert_eq!(
                (r.status.as_u16(), r.code()),
                expected,
                "{who:?} {method} {path}: {}",
                r.body
            );
        }
    }
}

#[actix_web::test]
async fn deletes_follow_roles_and_park_scope() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other_park = app.create_park(&admin).await;
    let (_, operator) = app.operator_of(&t.park).await;
    let (_, other_operator) = app.operator_of(&other_park).await;
    let (_, tenant) = app.tenant().await;
    let unit = format!("/api/v1/units/{}", t.fifth_unit);
    app.delete(&unit, None)
        .await
        .expect_problem(401, "unauthorized");
    app.delete(&unit, Some(&tenant))
        .await
        .expect_problem(403, "forbidden");
    app.delete(&unit, Some(&other_operator))
        .await
        .expect_problem(403, "forbidden");
    app.get(&unit, None).await.expect(200);
    app.delete(&unit, Some(&operator)).await.expect(204);
    // Parks are created and deleted by admins only.
    app.delete(
        &format!("/api/v1/parks/{other_park}"),
        Some(&other_operator),
    )
    .await
    .expect_problem(403, "forbidden");
    app.delete(&format!("/api/v1/parks/{other_park}"), Some(&admin))
        .await
        .expect(204);
}

#[actix_web::test]
async fn inventory_reads_are_public() {
    let app = spawn_app().await;
    let t = app.tower().await;
    for path in [
        "/api/v1/parks".to_string(),
        format!("/api/v1/parks/{}", t.park),
        format!("/api/v1/parks/{}/buildings", t.park),
        format!("/api/v1/buildings/{}", t.building),
        format!("/api/v1/buildings/{}/floors", t.building),
        format!("/api/v1/buildings/{}/freight-lifts", t.building),
        format!("/api/v1/floors/{}", t.fifth),
        format!("/api/v1/floors/{}/units", t.fifth),
        format!("/api/v1/units/{}", t.fifth_unit),
        "/api/v1/units".to_string(),
    ] {
        app.get(&path, None).await.expect(200);
    }
}

#[actix_web::test]
async fn user_administration_is_for_admins() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let park = app.create_park(&admin).await;
    let (op_id, operator) = app.operator_of(&park).await;
    let (_, tenant) = app.tenant().await;
    for token in [&operator, &tenant] {
        app.get("/api/v1/users", Some(token))
            .await
            .expect_problem(403, "forbidden");
        app.put(
            &format!("/api/v1/parks/{park}/operators/{op_id}"),
            Some(token),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    // A park's operators are not public: to others they are not there at all.
    app.get(&format!("/api/v1/parks/{park}/operators"), Some(&tenant))
        .await
        .expect_problem(404, "not_found");
    // Nor is someone else's account.
    app.delete(&format!("/api/v1/users/{op_id}"), Some(&tenant))
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/users", None)
        .await
        .expect_problem(401, "unauthorized");
}
