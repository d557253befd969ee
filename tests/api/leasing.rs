//! Offers hold units, accepting makes a lease, and no unit is ever held
//! twice for overlapping periods — also when requests race.

use futures_util::future::join_all;
use serde_json::json;

use crate::applications::reviewed_application;
use crate::helpers::{spawn_app, unit_body};

fn offer_body(unit: &str, start: &str, end: &str) -> serde_json::Value {
    json!({"unit_ids": [unit], "start_date": start, "end_date": end, "rent_fen_m2_day": 140, "valid_until": "2099-01-01"})
}

#[actix_web::test]
async fn an_accepted_offer_becomes_a_lease_and_the_unit_follows() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, tenant, application) = reviewed_application(&app).await;
    let r = app
        .post(
            &format!("/api/v1/applications/{application}/offers"),
            Some(&op),
            &offer_body(&t.fifth_unit, "2026-01-01", "2029-01-01"),
        )
        .await
        .expect(201);
    let offer = r.id();
    assert_eq!(r.body["status"], "open");
    assert_eq!(r.body["park_id"], t.park);
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "reserved"
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/applications/{application}"),
            Some(&tenant)
        )
        .await
        .body["status"],
        "offered"
    );

    app.post(
        &format!("/api/v1/offers/{offer}/accept"),
        Some(&op),
        &json!({}),
    )
    .await
    .expect_problem(403, "forbidden");
    let r = app
        .post(
            &format!("/api/v1/offers/{offer}/accept"),
            Some(&tenant),
            &json!({}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["status"], "accepted");
    let lease = r.body["lease_id"].as_str().expect("lease id").to_string();
    let l = app
        .get(&format!("/api/v1/leases/{lease}"), Some(&tenant))
        .await
        .expect(200);
    assert_eq!(l.body["tenant_id"], tenant_id);
    assert_eq!(l.body["unit_ids"], json!([t.fifth_unit]));
    assert_eq!(l.body["end_date"], "2029-01-01");
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "leased"
    );
    assert_eq!(
        app.get(&format!("/api/v1/applications/{application}"), Some(&admin))
            .await
            .body["status"],
        "leased"
    );
    app.post(
        &format!("/api/v1/offers/{offer}/decline"),
        Some(&tenant),
        &json!({}),
    )
    .await
    .expect_problem(409, "invalid_transition");
}

#[actix_web::test]
async fn declined_and_withdrawn_offers_free_their_units() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, tenant, application) = reviewed_application(&app).await;
    let offers = format!("/api/v1/applications/{application}/offers");
    let first = app
        .post(
            &offers,
            Some(&op),
            &offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01"),
        )
        .await
        .expect(201)
        .id();
    app.post(
        &format!("/api/v1/offers/{first}/withdraw"),
        Some(&tenant),
        &json!({}),
    )
    .await
    .expect_problem(403, "forbidden");
    let r = app
        .post(
            &format!("/api/v1/offers/{first}/decline"),
            Some(&tenant),
            &json!({}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["status"], "declined");
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "available"
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/applications/{application}"),
            Some(&tenant)
        )
        .await
        .body["status"],
        "under_review"
    );
    let second = app
        .post(
            &offers,
            Some(&op),
            &offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01"),
        )
        .await
        .expect(201)
        .id();
    app.post(
        &format!("/api/v1/offers/{second}/withdraw"),
        Some(&op),
        &json!({}),
    )
    .await
    .expect(200);
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "available"
    );
    let all = app.get(&offers, Some(&tenant)).await.expect(200);
    assert_eq!(all.body["total"], 2);
    assert_eq!(all.body["items"].as_array().map(Vec::len), Some(2));
}

#[actix_web::test]
async fn overlapping_holds_are_refused_and_adjacent_periods_are_not() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, _) = app.tenant().await;
    let lease = |start: &str, end: &str| json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": start, "end_date": end, "rent_fen_m2_day": 150});
    app.post(
        "/api/v1/leases",
        Some(&op),
        &lease("2027-01-01", "2029-01-01"),
    )
    .await
    .expect(201);
    app.post(
        "/api/v1/leases",
        Some(&op),
        &lease("2028-06-01", "2030-01-01"),
    )
    .await
    .expect_problem(409, "unit_unavailable");
    // Half-open periods: one lease may start the day the previous one ends.
    app.post(
        "/api/v1/leases",
        Some(&op),
        &lease("2029-01-01", "2030-01-01"),
    )
    .await
    .expect(201);
    let (_, _, application) = reviewed_application(&app).await;
    app.post(
        &format!("/api/v1/applications/{application}/offers"),
        Some(&op),
        &offer_body(&t.fifth_unit, "2029-06-01", "2031-01-01"),
    )
    .await
    .expect_problem(409, "unit_unavailable");
}

#[actix_web::test]
async fn concurrent_leases_of_one_unit_have_exactly_one_winner() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, _) = app.tenant().await;
    let requests = (0..12).map(|i| {
        let body = json!({"tenant_id": tenant_id, "unit_ids": [t.ground_unit], "start_date": format!("2027-0{}-01", 1 + i % 6),
                          "end_date": "2030-01-01", "rent_fen_m2_day": 150});
        let app = &app;
        let op = op.clone();
        async move { app.post("/api/v1/leases", Some(&op), &body).await }
    });
    let results = join_all(requests).await;
    let won = results.iter().filter(|r| r.status.as_u16() == 201).count();
    let lost = results
        .iter()
        .filter(|r| r.status.as_u16() == 409 && r.code() == "unit_unavailable")
        .count();
    assert_eq!(
        (won, lost),
        (1, 11),
        "{:?}",
        results
            .iter()
            .map(|r| (r.status, r.code().to_string()))
            .collect::<Vec<_>>()
    );
    let leases = app
        .get(&format!("/api/v1/leases?park_id={}", t.park), Some(&op))
        .await
        .expect(200);
    assert_eq!(leases.body["total"], 1);
}

#[actix_web::test]
async fn concurrent_offers_on_different_applications_have_exactly_one_winner() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let mut applications = Vec::new();
    for _ in 0..6 {
        applications.push(reviewed_application(&app).await.2);
    }
    let requests = applications.iter().map(|a| {
        let app = &app;
        let op = op.clone();
        let body = offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01");
        async move {
            app.post(
                &format!("/api/v1/applications/{a}/offers"),
                Some(&op),
                &body,
            )
            .await
        }
    });
    let results = join_all(requests).await;
    let won = results.iter().filter(|r| r.status.as_u16() == 201).count();
    let lost = results
        .iter()
        .filter(|r| r.code() == "unit_unavailable")
        .count();
    assert_eq!((won, lost), (1, 5));
}

/// Each application gets two offers; then both offers' accepts, the
/// tenant's declines and the operator's withdrawals all race. An offer is
/// decided once, an application leased at most once, and a late answer
/// reads the outcome (409), never a stale version (412) or a 5xx.
#[actix_web::test]
async fn racing_answers_to_offers_decide_each_offer_once() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, tenant, _) = reviewed_application(&app).await;
    let mut offers = Vec::new();
    for i in 0..4 {
        let application = crate::applications::submitted_application(
            &app,
            &tenant,
            &crate::applications::application_body(),
        )
        .await;
        let review = format!("/api/v1/applications/{application}/review");
        app.post(&review, Some(&admin), &json!({}))
            .await
            .expect(200);
        for j in 0..2 {
            let unit = app
                .create_unit(&admin, &t.fifth, unit_body(&format!("R{i}{j}"), 10.0))
                .await;
            let o = app
                .post(
                    &format!("/api/v1/applications/{application}/offers"),
                    Some(&op),
                    &offer_body(&unit, "2027-03-01", "2030-03-01"),
                )
                .await
                .expect(201)
                .id();
            offers.push((application.clone(), o));
        }
    }
    let answers = offers.iter().flat_map(|(_, o)| {
        [("accept", &tenant), ("decline", &tenant), ("withdraw", &op)]
            .map(|(verb, who)| (o.clone(), verb, who.clone()))
    });
    let results = join_all(answers.map(|(o, verb, who)| {
        let app = &app;
        async move {
            let r = app
                .post(
                    &format!("/api/v1/offers/{o}/{verb}"),
                    Some(&who),
                    &json!({}),
                )
                .await;
            (o, verb, r.status.as_u16())
        }
    }))
    .await;
    for (o, verb, status) in &results {
        assert!(matches!(status, 200 | 409), "{verb} {o}: {status}");
    }
    let mut leased = std::collections::HashMap::new();
    for (application, o) in &offers {
        let won: Vec<_> = results
            .iter()
            .filter(|(x, _, s)| x == o && *s == 200)
            .map(|(_, verb, _)| *verb)
            .collect();
        assert!(won.len() <= 1, "offer {o} decided by {won:?}");
        let status = app
            .get(&format!("/api/v1/offers/{o}"), Some(&op))
            .await
            .body["status"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let expected = match won.first() {
            Some(&"accept") => "accepted",
            Some(&"decline") => "declined",
            // Withdrawn by the operator, or lapsed when its sibling was accepted.
            _ => "withdrawn",
        };
        assert_eq!(status, expected, "offer {o} after {won:?}");
        if status == "accepted" {
            *leased.entry(application.clone()).or_insert(0) += 1;
        }
    }
    assert!(leased.values().all(|n| *n == 1), "{leased:?}");
}

#[actix_web::test]
async fn a_terminated_lease_frees_its_units_from_the_new_end() {
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, tenant) = app.tenant().await;
    let body = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": "2026-01-01", "end_date": "2030-01-01", "rent_fen_m2_day": 150});
    let lease = app
        .post("/api/v1/leases", Some(&op), &body)
        .await
        .expect(201)
        .id();
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "leased"
    );
    let path = format!("/api/v1/leases/{lease}/terminate");
    app.post(&path, Some(&tenant), &json!({"end_date": "2027-01-01"}))
        .await
        .expect_problem(403, "forbidden");
    app.post(&path, Some(&op), &json!({"end_date": "2031-01-01"}))
        .await
        .expect_problem(422, "validation_failed");
    let r = app
        .post(&path, Some(&op), &json!({"end_date": "2028-01-01"}))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "terminated");
    assert_eq!(r.body["end_date"], "2028-01-01");
    let again = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": "2028-01-01", "end_date": "2029-01-01", "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&op), &again)
        .await
        .expect(201);
    app.post(&path, Some(&op), &json!({"end_date": "2027-06-01"}))
        .await
        .expect_problem(409, "invalid_transition");
}

#[actix_web::test]
async fn leases_are_scoped_to_tenant_and_park() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let other_park = app.create_park(&admin).await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, other_op) = app.operator_of(&other_park).await;
    let (tenant_id, tenant) = app.tenant().await;
    let (_, stranger) = app.tenant().await;
    let body = json!({"tenant_id": tenant_id, "unit_ids": [t.fifth_unit], "start_date": "2027-01-01", "end_date": "2028-01-01", "rent_fen_m2_day": 150});
    app.post("/api/v1/leases", Some(&other_op), &body)
        .await
        .expect_problem(403, "forbidden");
    app.post("/api/v1/leases", Some(&tenant), &body)
        .await
        .expect_problem(403, "forbidden");
    let lease = app
        .post("/api/v1/leases", Some(&op), &body)
        .await
        .expect(201)
        .id();
    app.get(&format!("/api/v1/leases/{lease}"), Some(&other_op))
        .await
        .expect_problem(404, "not_found");
    app.get(&format!("/api/v1/leases/{lease}"), Some(&stranger))
        .await
        .expect_problem(404, "not_found");
    assert_eq!(
        app.get("/api/v1/leases", Some(&tenant)).await.body["total"],
        1
    );
    assert_eq!(
        app.get("/api/v1/leases", Some(&stranger)).await.body["total"],
        0
    );
    assert_eq!(
        app.get("/api/v1/leases", Some(&other_op)).await.body["total"],
        0
    );
    // A unit with a lease cannot be deleted out from under it.
    app.delete(&format!("/api/v1/units/{}", t.fifth_unit), Some(&op))
        .await
        .expect_problem(409, "conflict");
}

#[actix_web::test]
async fn offers_must_be_for_units_of_one_park_and_valid_today() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, _, application) = reviewed_application(&app).await;
    let path = format!("/api/v1/applications/{application}/offers");
    let mut body = offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01");
    body["valid_until"] = json!("2020-01-01");
    app.post(&path, Some(&admin), &body)
        .await
        .expect_problem(422, "validation_failed");
    let body = json!({"unit_ids": [uuid::Uuid::now_v7()], "start_date": "2027-03-01", "end_date": "2030-03-01", "rent_fen_m2_day": 140, "valid_until": "2099-01-01"});
    app.post(&path, Some(&admin), &body)
        .await
        .expect_problem(422, "validation_failed");
    let body = json!({"unit_ids": [t.fifth_unit], "start_date": "2030-03-01", "end_date": "2027-03-01", "rent_fen_m2_day": 140, "valid_until": "2099-01-01"});
    app.post(&path, Some(&admin), &body)
        .await
        .expect_problem(422, "validation_failed");
}

#[actix_web::test]
async fn an_expired_offer_no_longer_holds_its_units() {
    use diesel::RunQueryDsl;
    let app = spawn_app().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (_, tenant, application) = reviewed_application(&app).await;
    let offers = format!("/api/v1/applications/{application}/offers");
    let offer = app
        .post(
            &offers,
            Some(&op),
            &offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01"),
        )
        .await
        .expect(201)
        .id();
    // Time passes: the offer's last day is behind us.
    let mut conn = app.pool.get().expect("connection");
    diesel::sql_query("UPDATE offers SET valid_until = '2020-01-01'")
        .execute(&mut conn)
        .expect("update");
    let r = app
        .get(&format!("/api/v1/offers/{offer}"), Some(&tenant))
        .await
        .expect(200);
    assert_eq!(r.body["status"], "expired");
    app.post(
        &format!("/api/v1/offers/{offer}/accept"),
        Some(&tenant),
        &json!({}),
    )
    .await
    .expect_problem(409, "invalid_transition");
    assert_eq!(
        app.get(&format!("/api/v1/units/{}", t.fifth_unit), None)
            .await
            .body["status"],
        "available"
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/applications/{application}"),
            Some(&tenant)
        )
        .await
        .body["status"],
        "under_review"
    );
    app.post(
        &offers,
        Some(&op),
        &offer_body(&t.fifth_unit, "2027-03-01", "2030-03-01"),
    )
    .await
    .expect(201);
}

/// Multi-unit leases naming the same units in other orders ([A, B], [B, C],
/// [C, A] …) race without a 5xx: each answers 201 or 409, and the leases
/// made never overlap. PostgreSQL once answered "deadlock detected" here.
#[actix_web::test]
async fn multi_unit_leases_racing_in_every_order_never_fail_or_overlap() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let t = app.tower().await;
    let (_, op) = app.operator_of(&t.park).await;
    let (tenant_id, _) = app.tenant().await;
    let c = app
        .create_unit(
            &admin,
            &t.ground,
            crate::helpers::unit_body("T1-0102", 100.0),
        )
        .await;
    let units = [t.ground_unit.clone(), t.fifth_unit.clone(), c];
    let pairs: Vec<[usize; 2]> = vec![[0, 1], [1, 2], [2, 0], [1, 0], [2, 1], [0, 2]];
    let requests = (0..36).map(|i| {
        let [a, b] = pairs[i % pairs.len()];
        let year = 2030 + (i / 12) as i32;
        let body = json!({"tenant_id": tenant_id, "unit_ids": [units[a], units[b]],
                          "start_date": format!("{year}-01-01"), "end_date": format!("{}-01-01", year + 1),
                          "rent_fen_m2_day": 150});
        let app = &app;
        let op = op.clone();
        async move { app.post("/api/v1/leases", Some(&op), &body).await }
    });
    let results = join_all(requests).await;
    let statuses: Vec<u16> = results.iter().map(|r| r.status.as_u16()).collect();
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 409),
        "{statuses:?}: {:?}",
        results
            .iter()
            .find(|r| r.status.as_u16() >= 500)
            .map(|r| &r.body)
    );
    // Three separate years, three units: at most one lease a year per unit.
    let won = statuses.iter().filter(|s| **s == 201).count();
    assert!((1..=3).contains(&won), "{won} leases won");
    let leases = app
        .get(
            &format!("/api/v1/leases?park_id={}&per_page=100", t.park),
            Some(&op),
        )
        .await
        .expect(200);
    let mut held: Vec<(String, String)> = Vec::new();
    for l in leases.body["items"].as_array().into_iter().flatten() {
        for u in l["unit_ids"].as_array().into_iter().flatten() {
            let key = (u.to_string(), l["start_date"].to_string());
            assert!(!held.contains(&key), "{key:?} leased twice");
            held.push(key);
        }
    }
    assert_eq!(held.len(), won * 2);
}

/// An application that names no park is seen by every park's operators;
/// each of them sees the offers of their own park on it, not another's.
#[actix_web::test]
async fn operators_see_only_their_own_parks_offers_on_an_application() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let a = app.tower().await;
    let b = app.tower().await;
    let (_, op_a) = app.operator_of(&a.park).await;
    let (_, op_b) = app.operator_of(&b.park).await;
    let (_, tenant, application) = reviewed_application(&app).await;
    let offers = format!("/api/v1/applications/{application}/offers");
    for (op, unit) in [(&op_a, &a.fifth_unit), (&op_b, &b.fifth_unit)] {
        app.post(
            &offers,
            Some(op),
            &offer_body(unit, "2027-01-01", "2030-01-01"),
        )
        .await
        .expect(201);
    }
    let seen = |r: crate::helpers::Resp| {
        r.body["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|o| o["park_id"].to_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let by_a = seen(app.get(&offers, Some(&op_a)).await.expect(200));
    assert_eq!(by_a, vec![json!(a.park).to_string()]);
    let by_b = seen(app.get(&offers, Some(&op_b)).await.expect(200));
    assert_eq!(by_b, vec![json!(b.park).to_string()]);
    // The tenant and admins see both.
    assert_eq!(
        seen(app.get(&offers, Some(&tenant)).await.expect(200)).len(),
        2
    );
    assert_eq!(
        seen(app.get(&offers, Some(&admin)).await.expect(200)).len(),
        2
    );
}
