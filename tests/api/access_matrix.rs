//! The authorization matrix, generated from the route table: every operation
//! the OpenAPI document lists (and `health::openapi_document_covers_every_endpoint_with_problem_answers`
//! holds the document to the routes) is called by an anonymous caller,
//! another tenant and another park's operator, on one party's objects. Each
//! cell must give the answer its rule says; no 2xx may carry that party's
//! private ids, names or e-mails; and afterwards that party's objects are
//! exactly as they were. An operation without a rule here fails the test, so
//! a new endpoint cannot be missed.

use reqwest::Method;
use serde_json::{Value, json};

use crate::applications::{application_body, submitted_application};
use crate::helpers::{
    PASSWORD, TestApp, building_body, floor_body, lift_body, park_body, spawn_app, unit_body,
};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Anonymous,
    OtherTenant,
    OtherOperator,
}

const STRANGERS: [Who; 3] = [Who::Anonymous, Who::OtherTenant, Who::OtherOperator];

/// What an operation gives a caller who does not own the objects it names.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// Public: 2xx to everyone.
    Public,
    /// Public inventory, changed only by its park's staff: 401, then 403.
    StaffChanges,
    /// Admins only: 401, then 403.
    AdminOnly,
    /// Someone else's private object: 401, then 404 as if absent.
    Private,
    /// About the caller's own account or scope: 401, then 2xx (with nothing
    /// of the other party in it).
    Own,
    /// Staff work over their own parks (reports, the audit trail, recording
    /// a new organisation): 401, the tenant 403, the other operator 2xx
    /// (over its own park, nothing of the other party's).
    StaffOwn,
    /// Filing an application for the party's tenant in the party's park:
    /// a tenant files only for itself (422 naming `tenant_id`), an operator
    /// only in its own parks (403: the park is public, the filing is not
    /// theirs to make).
    FileFor,
    /// A login with a wrong password: 401 to everyone.
    WrongPassword,
}

impl Rule {
    fn expected(self, who: Who) -> u16 {
        match (self, who) {
            (Rule::Public, _) => 200,
            (Rule::WrongPassword, _) | (_, Who::Anonymous) => 401,
            (Rule::StaffChanges | Rule::AdminOnly, _) => 403,
            (Rule::Private, _) => 404,
            (Rule::Own, _) => 200,
            (Rule::StaffOwn, Who::OtherTenant) => 403,
            (Rule::StaffOwn, Who::OtherOperator) => 200,
            (Rule::FileFor, Who::OtherTenant) => 422,
            (Rule::FileFor, Who::OtherOperator) => 403,
        }
    }
}

/// One party's world: a park with a tower, its operator, and a tenant with
/// an application, an offer and a lease there.
struct Party {
    park: String,
    building: String,
    floor: String,
    unit: String,
    free_unit: String,
    lift: String,
    operator_id: String,
    tenant_id: String,
    tenant_user_id: String,
    application: String,
    offer: String,
    lease: String,
    /// What no stranger may read: ids, names and e-mails of the party's people.
    secrets: Vec<String>,
}

async fn party(app: &TestApp) -> Party {
    let admin = app.admin().await;
    let t = app.tower().await;
    let lift = app
        .create_lift(&admin, &t.building, lift_body("L1", 3000, 1, 15))
        .await;
    let free_unit = app
        .create_unit(&admin, &t.fifth, unit_body("F-free", 50.0))
        .await;
    let (operator_id, operator) = app.operator_of(&t.park).await;
    let email = "party-tenant@upstairs.test";
    let r = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": email, "password": PASSWORD, "display_name": "甲方联系人",
                    "organization": {"name": "青岛甲方医疗器械有限公司", "industry_code": "C3581"}}),
        )
        .await
        .expect(201);
    let tenant_id = r.body["tenant"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let tenant_user_id = r.body["user"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let tenant = app.token_for(email, PASSWORD).await;
    let mut body = application_body();
    body["preferred_park_ids"] = json!([t.park]);
    let application = submitted_application(app, &tenant, &body).await;
    app.post(
        &format!("/api/v1/applications/{application}/review"),
        Some(&operator),
        &json!({}),
    )
    .await
    .expect(200);
    let offer = app
        .post(
            &format!("/api/v1/applications/{application}/offers"),
            Some(&operator),
            &json!({"unit_ids": [t.fifth_unit], "start_date": "2027-03-01", "end_date": "2030-03-01",
                    "rent_fen_m2_day": 140, "valid_until": "2099-01-01"}),
        )
        .await
        .expect(201)
        .id();
    let lease = app
        .post(
            "/api/v1/leases",
            Some(&operator),
            &json!({"tenant_id": tenant_id, "unit_ids": [t.ground_unit], "start_date": "2026-01-01",
                    "end_date": "2030-01-01", "rent_fen_m2_day": 150}),
        )
        .await
        .expect(201)
        .id();
    let operator_email = app.get("/api/v1/me", Some(&operator)).await.body["email"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let secrets = vec![
        tenant_id.clone(),
        tenant_user_id.clone(),
        operator_id.clone(),
        application.clone(),
        offer.clone(),
        lease.clone(),
        email.into(),
        operator_email,
        "青岛甲方医疗器械有限公司".into(),
        "甲方联系人".into(),
    ];
    Party {
        park: t.park,
        building: t.building,
        floor: t.fifth,
        unit: t.fifth_unit,
        free_unit,
        lift,
        operator_id,
        tenant_id,
        tenant_user_id,
        application,
        offer,
        lease,
        secrets,
    }
}

/// The rule and a valid body of each operation, by method and path template.
fn rule_of(p: &Party, method: &str, path: &str) -> Option<(Rule, Option<Value>)> {
    use Rule::*;
    let none = None;
    let empty = Some(json!({}));
    let r = match (method, path) {
        ("GET", "/healthz" | "/readyz") => (Public, none),
        ("POST", "/api/v1/auth/register") => (
            Public,
            Some(
                json!({"email": format!("new-{}@upstairs.test", uuid::Uuid::now_v7().simple()),
                        "password": PASSWORD, "display_name": "新人",
                        "organization": {"name": "新公司"}}),
            ),
        ),
        ("POST", "/api/v1/auth/login") => (
            WrongPassword,
            Some(json!({"email": "party-tenant@upstairs.test", "password": "not-the-password"})),
        ),
        ("POST", "/api/v1/auth/logout") | ("GET", "/api/v1/me") => (Own, none),
        ("POST", "/api/v1/match") => (Public, Some(application_body())),
        ("GET", "/api/v1/parks" | "/api/v1/units" | "/api/v1/labels") => (Public, none),
        (
            "GET",
            "/api/v1/parks/{park_id}"
            | "/api/v1/parks/{park_id}/buildings"
            | "/api/v1/buildings/{building_id}"
            | "/api/v1/buildings/{building_id}/floors"
            | "/api/v1/buildings/{building_id}/freight-lifts"
            | "/api/v1/buildings/{building_id}/stacking-plan"
            | "/api/v1/buildings/{building_id}/stacking-plan.svg"
            | "/api/v1/floors/{floor_id}"
            | "/api/v1/floors/{floor_id}/units"
            | "/api/v1/freight-lifts/{lift_id}"
            | "/api/v1/units/{unit_id}",
        ) => (Public, none),
        ("POST", "/api/v1/parks") => (AdminOnly, Some(park_body())),
        ("DELETE", "/api/v1/parks/{park_id}") => (AdminOnly, none),
        ("PATCH", "/api/v1/parks/{park_id}") => (StaffChanges, Some(json!({"description": "x"}))),
        ("POST", "/api/v1/parks/{park_id}/buildings") => (StaffChanges, Some(building_body("B-x"))),
        ("PATCH", "/api/v1/buildings/{building_id}") => (StaffChanges, Some(json!({"name": "x"}))),
        ("DELETE", "/api/v1/buildings/{building_id}") => (StaffChanges, none),
        ("POST", "/api/v1/buildings/{building_id}/floors") => {
            (StaffChanges, Some(floor_body(9, 4500, 3800, 8.0, 100.0)))
        }
        ("POST", "/api/v1/buildings/{building_id}/freight-lifts") => {
            (StaffChanges, Some(lift_body("L-x", 3000, 1, 2)))
        }
        ("PATCH", "/api/v1/floors/{floor_id}") => (StaffChanges, Some(json!({"power_kva": 900.0}))),
        ("DELETE", "/api/v1/floors/{floor_id}") => (StaffChanges, none),
        ("POST", "/api/v1/floors/{floor_id}/units") => (StaffChanges, Some(unit_body("U-x", 10.0))),
        ("PATCH", "/api/v1/freight-lifts/{lift_id}") => {
            (StaffChanges, Some(json!({"rated_load_kg": 3200})))
        }
        ("DELETE", "/api/v1/freight-lifts/{lift_id}") => (StaffChanges, none),
        ("PATCH", "/api/v1/units/{unit_id}") => {
            (StaffChanges, Some(json!({"asking_rent_fen_m2_day": 160})))
        }
        ("DELETE", "/api/v1/units/{unit_id}") => (StaffChanges, none),
        ("GET" | "POST", "/api/v1/parks/{park_id}/inventory") => (StaffChanges, none),
        (
            "GET",
            "/api/v1/parks/{park_id}/occupancy"
            | "/api/v1/parks/{park_id}/operators"
            | "/api/v1/parks/{park_id}/matching-applications"
            | "/api/v1/units/{unit_id}/matching-applications",
        ) => (Private, none),
        ("PUT" | "DELETE", "/api/v1/parks/{park_id}/operators/{user_id}") => (AdminOnly, none),
        ("GET", "/api/v1/users") => (AdminOnly, none),
        ("POST", "/api/v1/users") => (
            AdminOnly,
            Some(json!({"email": "made@x.cn", "password": "long-enough-1",
                        "display_name": "M", "role": "operator"})),
        ),
        ("GET" | "DELETE", "/api/v1/users/{user_id}") => (Private, none),
        ("PATCH", "/api/v1/users/{user_id}") => (Private, Some(json!({"display_name": "x"}))),
        ("GET", "/api/v1/tenants") => (Own, none),
        ("POST", "/api/v1/tenants") => (StaffOwn, Some(json!({"name": "乙方记录的公司"}))),
        ("GET", "/api/v1/tenants/{tenant_id}") => (Private, none),
        ("PATCH", "/api/v1/tenants/{tenant_id}") => (Private, Some(json!({"contact_name": "x"}))),
        ("GET", "/api/v1/applications" | "/api/v1/leases") => (Own, none),
        (
            "GET",
            "/api/v1/audit" | "/api/v1/reports/demand-gaps" | "/api/v1/reports/expirations",
        ) => (StaffOwn, none),
        ("POST", "/api/v1/applications") => {
            let mut body = application_body();
            body["tenant_id"] = json!(p.tenant_id);
            body["preferred_park_ids"] = json!([p.park]);
            (FileFor, Some(body))
        }
        (
            "GET",
            "/api/v1/applications/{application_id}"
            | "/api/v1/applications/{application_id}/matches"
            | "/api/v1/applications/{application_id}/offers",
        ) => (Private, none),
        ("PATCH", "/api/v1/applications/{application_id}") => {
            (Private, Some(json!({"notes": "x"})))
        }
        (
            "POST",
            "/api/v1/applications/{application_id}/reject"
            | "/api/v1/applications/{application_id}/review"
            | "/api/v1/applications/{application_id}/submit"
            | "/api/v1/applications/{application_id}/withdraw",
        ) => (Private, empty),
        ("POST", "/api/v1/applications/{application_id}/offers") => (
            Private,
            Some(
                json!({"unit_ids": [p.free_unit], "start_date": "2031-03-01",
                        "end_date": "2032-03-01", "rent_fen_m2_day": 140,
                        "valid_until": "2099-01-01"}),
            ),
        ),
        ("GET", "/api/v1/offers/{offer_id}") => (Private, none),
        (
            "POST",
            "/api/v1/offers/{offer_id}/accept"
            | "/api/v1/offers/{offer_id}/decline"
            | "/api/v1/offers/{offer_id}/withdraw",
        ) => (Private, empty),
        ("POST", "/api/v1/leases") => (
            StaffChanges,
            Some(json!({"tenant_id": p.tenant_id, "unit_ids": [p.free_unit],
                        "start_date": "2031-01-01", "end_date": "2032-01-01",
                        "rent_fen_m2_day": 150})),
        ),
        ("GET", "/api/v1/leases/{lease_id}") => (Private, none),
        ("POST", "/api/v1/leases/{lease_id}/terminate") => {
            (Private, Some(json!({"end_date": "2028-01-01"})))
        }
        _ => return None,
    };
    Some(r)
}

/// The path with the party's ids in place of its parameters.
fn fill(p: &Party, template: &str) -> String {
    template
        .replace("{park_id}", &p.park)
        .replace("{building_id}", &p.building)
        .replace("{floor_id}", &p.floor)
        .replace("{unit_id}", &p.unit)
        .replace("{lift_id}", &p.lift)
        .replace("{application_id}", &p.application)
        .replace("{offer_id}", &p.offer)
        .replace("{lease_id}", &p.lease)
        .replace("{tenant_id}", &p.tenant_id)
        .replace("{user_id}", &p.operator_id)
}

/// Everything of the party an admin can read, to compare before and after.
async fn snapshot(app: &TestApp, p: &Party, admin: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for path in [
        format!("/api/v1/parks/{}", p.park),
        format!("/api/v1/buildings/{}", p.building),
        format!("/api/v1/buildings/{}/floors", p.building),
        format!("/api/v1/floors/{}/units", p.floor),
        format!("/api/v1/freight-lifts/{}", p.lift),
        format!("/api/v1/parks/{}/operators", p.park),
        format!("/api/v1/applications/{}", p.application),
        format!("/api/v1/applications/{}/offers", p.application),
        format!("/api/v1/leases?park_id={}", p.park),
        format!("/api/v1/tenants/{}", p.tenant_id),
        format!("/api/v1/users/{}", p.tenant_user_id),
        format!("/api/v1/users/{}", p.operator_id),
    ] {
        out.push(app.get(&path, Some(admin)).await.expect(200).body);
    }
    out
}

#[actix_web::test]
async fn strangers_get_the_answer_each_rule_gives_on_every_operation() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let p = party(&app).await;
    let other_park = app.create_park(&admin).await;
    let (_, other_operator) = app.operator_of(&other_park).await;
    let (_, other_tenant) = app.tenant().await;
    let token = |who: Who| match who {
        Who::Anonymous => None,
        Who::OtherTenant => Some(other_tenant.as_str()),
        Who::OtherOperator => Some(other_operator.as_str()),
    };

    let doc = app.get("/api/v1/openapi.json", None).await.expect(200).body;
    let mut operations: Vec<(String, String)> = doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            item.as_object()
                .into_iter()
                .flatten()
                .filter(|(m, _)| ["get", "post", "put", "patch", "delete"].contains(&m.as_str()))
                .map(|(m, _)| (m.to_uppercase(), path.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    // Logging out ends the caller's token: last.
    operations.sort_by_key(|(_, path)| path.ends_with("/logout"));
    assert!(operations.len() >= 69, "{} operations", operations.len());

    let before = snapshot(&app, &p, &admin).await;
    let mut wrong = Vec::new();
    for (method, template) in &operations {
        if rule_of(&p, method, template).is_none() {
            wrong.push(format!("{method} {template}: no rule in this matrix"));
            continue;
        }
        let path = fill(&p, template);
        for who in STRANGERS {
            // Made afresh for each call: a sign-up needs an unused e-mail.
            let Some((rule, body)) = rule_of(&p, method, template) else {
                continue;
            };
            let m = Method::from_bytes(method.as_bytes()).expect("a method");
            let r = app.request(m, &path, token(who), body.as_ref(), None).await;
            let (got, want) = (r.status.as_u16(), rule.expected(who));
            let agrees = got == want || (want == 200 && r.status.is_success());
            if !agrees {
                wrong.push(format!(
                    "{method} {template} as {who:?}: {got}, the rule ({rule:?}) says {want}: {}",
                    r.body
                ));
            }
            if r.status.is_success() {
                let text = r.body.to_string();
                for secret in p.secrets.iter().filter(|s| text.contains(s.as_str())) {
                    wrong.push(format!("{method} {template} as {who:?} shows {secret:?}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} cells wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!(
        snapshot(&app, &p, &admin).await,
        before,
        "a stranger changed the party's objects"
    );
}
