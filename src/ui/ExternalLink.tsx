import { safeHttpUrl } from '../domain/safe-url';

/** A link to another site that opens in a new tab; a non-http(s) URL is shown as plain text. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
