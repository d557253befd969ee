#!/usr/bin/env python3
"""Records real answers of a running demo server as TypeScript constants,
each typed by the generated client's type for that operation and status, so
that `tsc --noEmit` fails when the wire and the document disagree.

usage: record_responses.py BASE_URL OUT_FILE [EXAMPLES_FILE]

With EXAMPLES_FILE, also writes one real value per schema of the OpenAPI
document (answers and request bodies alike), which the document then shows
as that schema's example (`clients/typescript/regenerate`).
"""
import datetime
import json
import sys
import urllib.error
import urllib.request
import uuid

BASE, OUT = sys.argv[1], sys.argv[2]
EXAMPLES = sys.argv[3] if len(sys.argv) > 3 else None
PASSWORD = "upstairs-demo-2026"
recorded = []  # (template, method, status, body)
sent = []  # (template, method, request body) of requests that succeeded


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
    if template is not None and body is not None and status < 300:
        sent.append((template, method.lower(), body))
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
    "move_in_date": str(datetime.date.today() + datetime.timedelta(days=180)), "lease_months": 36,
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
call("get", f"/api/v1/parks/{park}/occupancy", "/api/v1/parks/{park_id}/occupancy", admin)
for b in buildings["items"]:
    call("get", f"/api/v1/buildings/{b['id']}/stacking-plan", "/api/v1/buildings/{building_id}/stacking-plan", admin)
call("get", "/api/v1/reports/expirations?within_days=3650", "/api/v1/reports/expirations", operator)
call("get", "/api/v1/reports/demand-gaps", "/api/v1/reports/demand-gaps", operator)
call("get", f"/api/v1/units/{unit}/matching-applications?limit=2",
     "/api/v1/units/{unit_id}/matching-applications", admin)
call("get", f"/api/v1/parks/{park}/matching-applications?per_page=2",
     "/api/v1/parks/{park_id}/matching-applications", admin)
call("get", "/api/v1/users", "/api/v1/users", tenant)
call("patch", f"/api/v1/units/{unit}", "/api/v1/units/{unit_id}", operator,
     body={"asking_rent_fen_m2_day": unit_body["asking_rent_fen_m2_day"]},
     headers={"if-match": '"999999"'})
call("put", f"/api/v1/units/{unit}", "/api/v1/units/{unit_id}")

# Writes an operator and a tenant make every day, with real-looking values.
_, new_park = call("post", "/api/v1/parks", "/api/v1/parks", admin, body={
    "name": "崂山智能制造产业园", "district": "崂山区", "city": "青岛", "address": "青岛市崂山区株洲路 1 号",
    "site_area_m2": 52000, "description": "工业上楼：五栋高标准厂房", "target_industries": ["C35", "C40"]})
np = new_park["id"]
call("patch", f"/api/v1/parks/{np}", "/api/v1/parks/{park_id}", admin,
     body={"description": "工业上楼：五栋高标准厂房，货梯 5 吨"}, headers={"if-match": '"1"'})
_, new_building = call("post", f"/api/v1/parks/{np}/buildings", "/api/v1/parks/{park_id}/buildings", admin, body={
    "code": "T1", "name": "1 号楼", "kind": "industrial_tower", "floors_above_ground": 12,
    "floors_below_ground": 1, "status": "operational", "max_fire_hazard_class": "c"})
nb = new_building["id"]
call("patch", f"/api/v1/buildings/{nb}", "/api/v1/buildings/{building_id}", admin, body={"name": "一号楼"})
_, new_lift = call("post", f"/api/v1/buildings/{nb}/freight-lifts", "/api/v1/buildings/{building_id}/freight-lifts",
                   admin, body={"code": "H1", "rated_load_kg": 5000, "car_width_mm": 2600, "car_depth_mm": 4000,
                                "car_height_mm": 3000, "door_width_mm": 2400, "door_height_mm": 2800,
                                "lowest_level": -1, "highest_level": 12})
call("patch", f"/api/v1/freight-lifts/{new_lift['id']}", "/api/v1/freight-lifts/{lift_id}", admin,
     body={"rated_load_kg": 5000})
_, new_floor = call("post", f"/api/v1/buildings/{nb}/floors", "/api/v1/buildings/{building_id}/floors", admin, body={
    "level": 5, "area_m2": 2000, "floor_height_mm": 5400, "clear_height_mm": 4500, "live_load_kn_m2": 8,
    "column_grid_x_mm": 8400, "column_grid_y_mm": 8400, "power_kva": 800, "has_utility_shaft": True})
nf = new_floor["id"]
call("patch", f"/api/v1/floors/{nf}", "/api/v1/floors/{floor_id}", admin, body={"power_kva": 1000})
_, new_unit = call("post", f"/api/v1/floors/{nf}/units", "/api/v1/floors/{floor_id}/units", admin, body={
    "code": "T1-0501", "area_m2": 980, "status": "available", "asking_rent_fen_m2_day": 150, "fit_out": "standard"})
call("patch", f"/api/v1/units/{new_unit['id']}", "/api/v1/units/{unit_id}", admin,
     body={"asking_rent_fen_m2_day": 145, "live_load_kn_m2": None})
_, new_org = call("post", "/api/v1/tenants", "/api/v1/tenants", operator, body={
    "name": "青岛海岳精密机械有限公司", "industry_code": "C3484"})
call("patch", f"/api/v1/tenants/{new_org['id']}", "/api/v1/tenants/{tenant_id}", admin,
     body={"contact_name": "王经理", "contact_phone": "0532-8888 0000"})
_, new_app = call("post", "/api/v1/applications", "/api/v1/applications", tenant, body={
    **requirement, "heaviest_item": {"weight_kg": 3200, "length_mm": 2400, "width_mm": 1500, "height_mm": 2100},
    "min_clear_height_mm": 4000, "max_rent_fen_m2_day": 160, "notes": "需要 5 吨货梯"})
call("patch", f"/api/v1/applications/{new_app['id']}", "/api/v1/applications/{application_id}", tenant,
     body={"lease_months": 60})
_, new_user = call("post", "/api/v1/users", "/api/v1/users", admin, body={
    "email": f"operator.{uuid.uuid4().hex[:6]}@upstairs.demo", "password": "a-long-enough-password",
    "display_name": "招商经理", "role": "operator"})
call("patch", f"/api/v1/users/{new_user['id']}", "/api/v1/users/{user_id}", admin,
     body={"display_name": "招商部 经理"})
call("post", f"/api/v1/applications/{new_app['id']}/submit", "/api/v1/applications/{application_id}/submit", tenant)
call("post", f"/api/v1/applications/{new_app['id']}/review", "/api/v1/applications/{application_id}/review", admin)
# Dates from today, so that no date in here ever expires.
today = datetime.date.today()
start, end = str(today + datetime.timedelta(days=300)), str(today + datetime.timedelta(days=300 + 3 * 365))
until, early_end = str(today + datetime.timedelta(days=30)), str(today + datetime.timedelta(days=300 + 2 * 365))
_, offer = call("post", f"/api/v1/applications/{new_app['id']}/offers",
                "/api/v1/applications/{application_id}/offers", admin, body={
                    "unit_ids": [new_unit["id"]], "start_date": start, "end_date": end,
                    "rent_fen_m2_day": 140, "valid_until": until})
call("post", f"/api/v1/offers/{offer['id']}/withdraw", "/api/v1/offers/{offer_id}/withdraw", admin)
_, lease = call("post", "/api/v1/leases", "/api/v1/leases", admin, body={
    "tenant_id": new_org["id"], "unit_ids": [new_unit["id"]], "start_date": start, "end_date": end,
    "rent_fen_m2_day": 140})
call("post", f"/api/v1/leases/{lease['id']}/terminate", "/api/v1/leases/{lease_id}/terminate", admin,
     body={"end_date": early_end})
call("get", "/api/v1/reports/expirations?within_days=3650", "/api/v1/reports/expirations", admin)
call("get", "/api/v1/audit?per_page=5", "/api/v1/audit", admin)

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


def schema_examples():
    """One real value per named schema, found by walking each recorded value
    along the document's schema of that answer or request."""
    doc = json.load(urllib.request.urlopen(BASE + "/api/v1/openapi.json"))
    schemas = doc["components"]["schemas"]
    found = {}

    def walk(schema, value):
        if not isinstance(schema, dict) or value is None:
            return
        ref = schema.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in found:
                found[name] = value
            # A page's items are written out in place; their schema has a name too.
            item = name.removeprefix("Page_")
            if item != name and item in schemas and value.get("items"):
                found.setdefault(item, value["items"][0])
            walk(schemas.get(name), value)
            return
        for key in ("oneOf", "anyOf", "allOf"):
            for sub in schema.get(key, []):
                walk(sub, value)
        if isinstance(value, dict):
            for k, sub in schema.get("properties", {}).items():
                walk(sub, value.get(k))
        if isinstance(value, list) and value:
            walk(schema.get("items"), value[0])

    for template, method, status, body in recorded:
        op = doc["paths"].get(template, {}).get(method, {})
        response = op.get("responses", {}).get(str(status), {})
        for content in response.get("content", {}).values():
            walk(content.get("schema"), body)
    for template, method, body in sent:
        op = doc["paths"].get(template, {}).get(method, {})
        for content in op.get("requestBody", {}).get("content", {}).values():
            walk(content.get("schema"), body)
    return dict(sorted(found.items()))


if EXAMPLES:
    examples = schema_examples()
    with open(EXAMPLES, "w", encoding="utf-8") as f:
        json.dump(examples, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"record: examples for {len(examples)} schemas")
