// Log in as the demo operator, search units, and read the matches of a
// space request: what a frontend's first screens do.
import { upstairs } from "../src/index.js";

// Node's globals, declared here so the client needs no @types/node.
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const base = process.env.UPSTAIRS_URL ?? "http://127.0.0.1:8080";

async function main(): Promise<void> {
  const anonymous = upstairs(base);
  const login = await anonymous.POST("/api/v1/auth/login", {
    body: { email: "operator.yuanjia@upstairs.demo", password: "upstairs-demo-2026" },
  });
  if (!login.data) throw new Error(`login failed: ${login.error?.code}`);
  const api = upstairs(base, login.data.access_token);

  const units = await api.GET("/api/v1/units", {
    params: { query: { min_live_load_kn_m2: 8, sort: "-area_m2", per_page: 5 } },
  });
  if (!units.data) throw new Error(`search failed: ${units.error?.code}`);
  for (const u of units.data.items) {
    console.log(`${u.code} level ${u.level}: ${u.area_m2} m², ${u.live_load_kn_m2} kN/m², ${u.status}`);
  }

  const apps = await api.GET("/api/v1/applications", { params: { query: { status: "submitted" } } });
  const first = apps.data?.items[0];
  if (!first) return;
  const matches = await api.GET("/api/v1/applications/{application_id}/matches", {
    params: { path: { application_id: first.id }, query: { limit: 3 } },
  });
  for (const m of matches.data?.matches ?? []) {
    console.log(`match ${m.unit_ids.join("+")}: score ${m.score}`);
  }
  for (const n of matches.data?.near_misses ?? []) {
    const failed = n.checks.find((c) => !c.passed);
    console.log(`near miss ${n.unit_ids.join("+")}: ${failed?.message}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
