/**
 * A URL from untrusted data, if and only if it is http: or https:. Everything else
 * (javascript:, data:, relative paths, garbage) is refused so it can be shown as text instead.
 */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
