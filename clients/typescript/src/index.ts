// A typed client for the Upstairs API: `openapi-fetch` over the types that
// `openapi-typescript` generates from `openapi.json` (see README.md).
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Schemas = components["schemas"];
/** Every error answer: RFC 9457 problem+json with a stable `code`. */
export type Problem = Schemas["Problem"];

/** A client for one server; pass the token from `POST /api/v1/auth/login` once logged in. */
export function upstairs(baseUrl: string, token?: string) {
  return createClient<paths>({
    baseUrl,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}
