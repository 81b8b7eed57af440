/**
 * The Content-Security-Policy of Khanij Atlas. Everything comes from the app's own origin;
 * MapLibre's worker is a self-hosted file (worker-src 'self'), so no blob: and no eval.
 * `style-src 'unsafe-inline'` is needed because MapLibre and React set element styles.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "child-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
