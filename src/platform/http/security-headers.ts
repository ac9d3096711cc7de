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

// Only headers that today's browsers act on. Helmet's legacy extras (X-XSS-Protection for an
// auditor no browser has any more, X-Permitted-Cross-Domain-Policies for Flash,
// X-DNS-Prefetch-Control, Origin-Agent-Cluster) are left out: each header is work on every response.
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options.https),
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    // For browsers that predate CSP's frame-ancestors.
    "x-frame-options": "DENY",
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
