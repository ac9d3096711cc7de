import assert from "node:assert/strict";
import { test } from "node:test";
import { securityHeaders } from "./security-headers.ts";

test("the policy allows only this site's own code and never inline code", () => {
  const csp = securityHeaders({ https: false })["content-security-policy"] ?? "";
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.ok(!csp.includes("unsafe-inline"));
  assert.ok(!csp.includes("unsafe-eval"));
});

test("HSTS and upgrade-insecure-requests only when Epak is served over HTTPS", () => {
  const plain = securityHeaders({ https: false });
  assert.equal(plain["strict-transport-security"], undefined);
  assert.ok(!plain["content-security-policy"]?.includes("upgrade-insecure-requests"));
  const secure = securityHeaders({ https: true });
  assert.match(secure["strict-transport-security"] ?? "", /max-age=31536000/);
  assert.ok(secure["content-security-policy"]?.includes("upgrade-insecure-requests"));
});
