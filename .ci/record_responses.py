#!/usr/bin/env python3
"""Records real answers of a running demo server as TypeScript constants,
each typed by the generated client's type for that operation and status, so
that `tsc --noEmit` fails when the wire and the document disagree.

usage: record_responses.py BASE_URL OUT_FILE
"""
import json
import sys
import urllib.error
import urllib.request
import uuid

BASE, OUT = sys.argv[1], sys.argv[2]
PASSWORD = "upstairs-demo-2026"
recorded = []  # (template, method, status, body)


def call(method, path, template=None, token=None, body=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(BASE + path, data=data, method=method.upper())
    if data is not None:
        req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req) as res:
            status, payload = res.status, res.read()
    except urllib.error.HTTPError as e:
        status, payload = e.code, e.read()
    parsed = json.loads(payload) if payload else None
    if template is not None and parsed is not None:
        recorded.append((template, method.lower(), status, parsed))
    return status, parsed


def login(email):
    status, body = call("post", "/api/v1/auth/login", "/api/v1/auth/login",
                        body={"email": email, "password": PASSWORD})
    assert status == 200, (email, status, body)
    return body["access_token"]


def first(listing):
    return listing["items"][0]["id"]


# Anonymous: public inventory, health, matching, and the errors anyone meets.
call("get", "/healthz", "/healthz")
call("get", "/readyz", "/readyz")
_, parks = call("get", "/api/v1/parks", "/api/v1/parks")
park = first(parks)
call("get", f"/api/v1/parks/{park}", "/api/v1/parks/{park_id}")
_, buildings = call("get", f"/api/v1/parks/{park}/buildings", "/api/v1/parks/{park_id}/buildings")
building = first(buildings)
call("get", f"/api/v1/buildings/{building}", "/api/v1/buildings/{building_id}")
_, floors = call("get", f"/api/v1/buildings/{building}/floors", "/api/v1/buildings/{building_id}/floors")
_, lifts = call("get", f"/api/v1/buildings/{building}/freight-lifts",
                "/api/v1/buildings/{building_id}/freight-lifts")
call("get", f"/api/v1/freight-lifts/{first(lifts)}", "/api/v1/freight-lifts/{lift_id}")
floor = next(f["id"] for f in floors["items"] if f["level"] == 1) if floors["items"] else first(floors)
call("get", f"/api/v1/floors/{floor}", "/api/v1/floors/{floor_id}")
_, units = call("get", f"/api/v1/floors/{floor}/units", "/api/v1/floors/{floor_id}/units")
call("get", "/api/v1/units?min_live_load_kn_m2=8&sort=-area_m2&per_page=5", "/api/v1/units")
unit = first(units)
_, unit_body = call("get", f"/api/v1/units/{unit}", "/api/v1/units/{unit_id}")
call("get", f"/api/v1/buildings/{building}/stacking-plan", "/api/v1/buildings/{building_id}/stacking-plan")
requirement = {
    "industry_code": "C3581", "use": "production", "min_area_m2": 700, "max_area_m2": 1000,
    "min_live_load_kn_m2": 8, "fire_hazard_class": "d", "needs_utility_shaft": False,
    "move_in_date": "2027-06-01", "lease_months": 36,
}
call("post", "/api/v1/match?limit=3", "/api/v1/match", body=requirement)
call("get", "/api/v1/units?status=free", "/api/v1/units")
call("get", f"/api/v1/parks/{uuid.uuid4()}", "/api/v1/parks/{park_id}")
call("get", "/api/v1/me", "/api/v1/me")
call("post", "/api/v1/auth/login", "/api/v1/auth/login",
     body={"email": "admin@upstairs.demo", "password": "not-the-password"})
call("post", "/api/v1/match", "/api/v1/match", raw=b'{"industry_code": ')
call("post", "/api/v1/match", "/api/v1/match", body={**requirement, "min_area_m2": -5, "colour": 1})
email = f"new.tenant.{uuid.uuid4().hex[:8]}@example.com"
call("post", "/api/v1/auth/register", "/api/v1/auth/register", body={
    "email": email, "password": "a-long-enough-password", "display_name": "新租户",
    "organization": {"name": "青岛新材料有限公司"}})

# Staff and tenants: their reads, and a stale write.
admin = login("admin@upstairs.demo")
operator = login("operator.yuanjia@upstairs.demo")
tenant = login("tenant.biotech@upstairs.demo")
for token in (admin, operator, tenant):
    call("get", "/api/v1/me", "/api/v1/me", token)
_, users = call("get", "/api/v1/users", "/api/v1/users", admin)
call("get", f"/api/v1/users/{first(users)}", "/api/v1/users/{user_id}", admin)
call("get", f"/api/v1/parks/{park}/operators", "/api/v1/parks/{park_id}/operators", admin)
_, tenants = call("get", "/api/v1/tenants", "/api/v1/tenants", operator)
call("get", f"/api/v1/tenants/{first(tenants)}", "/api/v1/tenants/{tenant_id}", operator)
_, apps = call("get", "/api/v1/applications", "/api/v1/applications", operator)
application = first(apps)
call("get", f"/api/v1/applications/{application}", "/api/v1/applications/{application_id}", operator)
call("get", f"/api/v1/applications/{application}/matches?limit=2",
     "/api/v1/applications/{application_id}/matches", operator)
_, offers = call("get", f"/api/v1/applications/{application}/offers",
                 "/api/v1/applications/{application_id}/offers", operator)
_, leases = call("get", "/api/v1/leases", "/api/v1/leases", operator)
call("get", f"/api/v1/leases/{first(leases)}", "/api/v1/leases/{lease_id}", operator)
_, all_apps = call("get", "/api/v1/applications?status=offered", "/api/v1/applications", admin)
for a in all_apps["items"]:
    _, o = call("get", f"/api/v1/applications/{a['id']}/offers",
                "/api/v1/applications/{application_id}/offers", admin)
    if o["items"]:
        call("get", f"/api/v1/offers/{first(o)}", "/api/v1/offers/{offer_id}", admin)
        break
call("get", "/api/v1/audit?per_page=5", "/api/v1/audit", admin)
call("get", f"/api/v1/parks/{park}/occupancy", "/api/v1/parks/{park_id}/occupancy", operator)
call("get", "/api/v1/reports/expirations?within_days=3650", "/api/v1/reports/expirations", operator)
call("get", "/api/v1/reports/demand-gaps", "/api/v1/reports/demand-gaps", operator)
call("get", "/api/v1/users", "/api/v1/users", tenant)
call("patch", f"/api/v1/units/{unit}", "/api/v1/units/{unit_id}", operator,
     body={"asking_rent_fen_m2_day": unit_body["asking_rent_fen_m2_day"]},
     headers={"if-match": '"999999"'})
call("put", f"/api/v1/units/{unit}", "/api/v1/units/{unit_id}")

# Each recorded answer as a typed constant.
lines = [
    "// Generated by .ci/record_responses.py from a running demo server; not committed.",
    'import type { components, paths } from "../src/schema";',
    "",
    "type Body<C> = C extends { content: { \"application/json\": infer J } } ? J",
    "  : C extends { content: { \"application/problem+json\": infer J } } ? J : never;",
    "type Res<P extends keyof paths, M extends keyof paths[P], S extends number> =",
    "  paths[P][M] extends { responses: infer R } ? (S extends keyof R ? Body<R[S]> : never) : never;",
    "",
]
seen = set()
for i, (template, method, status, body) in enumerate(recorded):
    seen.add((template, method, status))
    # A method the path does not take has no operation to type it by: 405
    # is a problem like any other.
    typed = ('components["schemas"]["Problem"]' if status == 405
             else f"Res<{json.dumps(template)}, {json.dumps(method)}, {status}>")
    lines.append(f"export const r{i}: {typed} = {json.dumps(body, ensure_ascii=False)};")
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"record: {len(recorded)} responses of {len({(t, m) for t, m, _ in seen})} operations, "
      f"{len({s for _, _, s in seen})} statuses")
