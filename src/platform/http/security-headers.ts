// The security headers of every response, worked out once at start: setting a fixed set of
// headers costs next to nothing, where building them per request (as a Helmet middleware does)
// was the largest cost Epak added to a request (docs/performance.md).

/** Only this site's own scripts, styles, images and fonts; no inline code; never in a frame. */
function contentSecurityPolicy(https: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options.https),
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "origin-agent-cluster": "?1",
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-dns-prefetch-control": "off",
    "x-frame-options": "DENY",
    "x-permitted-cross-domain-policies": "none",
    // The old XSS auditor does more harm than good; the CSP is the protection.
    "x-xss-protection": "0",
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
