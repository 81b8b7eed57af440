import { useEffect, useRef, type ReactNode } from 'react';
import type { AtlasFeature, BlockProps, Source } from '../data/schema';
import { useAppStore } from '../state/store';
import { SYMBOLOGY, categoryOf, categoryToken, UNKNOWN_COLOR, PRECISION_LABELS } from '../domain/symbology';
import { mineralLabel } from '../domain/minerals';
import { formatCrore, formatDate, formatHectares, formatPercent } from '../domain/format';
import { standingAward } from '../domain/auction';
import {
  ANNUL_REASON_LABELS,
  BLOCK_KIND_LABELS,
  COUNTRY_NAMES,
  EVENT_LABELS,
  FLAG_LABELS,
  LICENCE_LABELS,
  MINE_TYPE_LABELS,
  PROCESSING_STATUS_LABELS,
} from '../domain/labels';
import { CommandButton } from './CommandButton';
import { ExternalLink } from './ExternalLink';
import { Swatch } from './Swatch';
import { placeOf } from '../domain/places';
import type { ResolvedTheme } from './use-theme';

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function SourceLink({ s }: { s: Source }) {
  return (
    <>
      <ExternalLink href={s.url}>{s.title}</ExternalLink>
      <span className="muted">
        {s.publisher ? ` — ${s.publisher}` : ''}, {formatDate(s.date)}
      </span>
      {s.note && <span className="source-note"> ({s.note})</span>}
    </>
  );
}

function BlockTimeline({ p }: { p: BlockProps }) {
  return (
    <ol className="timeline" aria-label="Auction history">
      {p.events.map((e, i) => (
        <li key={i} className={`tl-${e.type}`}>
          <time dateTime={e.date}>{formatDate(e.date)}</time>
          <div>
            <strong>{EVENT_LABELS[e.type] ?? e.type}</strong>
            {e.tranche && <span> · Tranche {e.tranche}</span>}
            {e.reason && <span> · {ANNUL_REASON_LABELS[e.reason] ?? e.reason}</span>}
            {e.bidder && (
              <div>
                Preferred bidder: {e.bidder}
                {e.premiumPct !== undefined && <> · premium {formatPercent(e.premiumPct)}</>}
              </div>
            )}
            {e.note && <div className="muted">{e.note}</div>}
            {e.sourceRefs && e.sourceRefs.length > 0 && (
              <div className="tl-sources">
                Source:{' '}
                {e.sourceRefs.map((r, j) => {
                  const s = p.sources[r];
                  return s ? (
                    <span key={r}>
                      {j > 0 && ', '}
                      <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>
                    </span>
                  ) : null;
                })}
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function LayerFields({ f }: { f: AtlasFeature }) {
  const p = f.properties;
  switch (p.layer) {
    case 'blocks': {
      const award = standingAward(p.events);
      return (
        <>
          <Row label="Kind">{BLOCK_KIND_LABELS[p.blockKind]}</Row>
          <Row label="Licence">{p.licence ? LICENCE_LABELS[p.licence] : 'Not published'}</Row>
          <Row label="Area">{p.areaHa !== null ? formatHectares(p.areaHa) : 'Not published'}</Row>
          {award && (
            <Row label="Preferred bidder">
              {award.bidder}
              {award.premiumPct !== undefined && <> at {formatPercent(award.premiumPct)} premium</>}
            </Row>
          )}
        </>
      );
    }
    case 'exploration':
      return (
        <>
          <Row label="Stage">{p.stage === 'study' ? 'Study (no UNFC stage given)' : p.stage}</Row>
          <Row label="Agency">{p.agency}</Row>
          <Row label="Resource">{p.resource}</Row>
          <Row label="Announced">{p.announced ? formatDate(p.announced) : null}</Row>
        </>
      );
    case 'processing':
      return (
        <>
          <Row label="Status">{PROCESSING_STATUS_LABELS[p.status]}</Row>
          <Row label="Operator">{p.operator}</Row>
          <Row label="Capacity">{p.capacity}</Row>
          <Row label="Investment">
            {p.investmentCrore !== null ? formatCrore(p.investmentCrore) : 'Not published'}
          </Row>
        </>
      );
    case 'coal-closures':
      return (
        <>
          <Row label="Company">{p.subsidiary ? `${p.subsidiary} (${p.company})` : p.company}</Row>
          <Row label="Mine type">{p.mineType ? MINE_TYPE_LABELS[p.mineType] : null}</Row>
          <Row label="Year">{p.closureYear}</Row>
          <Row label="Repurposed as">{p.repurposedAs}</Row>
        </>
      );
    case 'centres':
      return (
        <>
          <Row label="Institution">{p.institution}</Row>
          <Row label="City">{p.city}</Row>
          <Row label="Recognised">{formatDate(p.recognised)}</Row>
        </>
      );
    case 'overseas':
      return (
        <>
          <Row label="Country">{COUNTRY_NAMES[p.country] ?? p.country}</Row>
          <Row label="Partner">{p.partner}</Row>
          <Row label="Area">{p.areaHa !== null ? formatHectares(p.areaHa) : 'Not published'}</Row>
          <Row label="Agreed">{p.agreed ? formatDate(p.agreed) : null}</Row>
        </>
      );
  }
}

/** Everything known about one feature, and where that knowledge came from. */
export function FeatureCard({ feature, theme }: { feature: AtlasFeature; theme: ResolvedTheme }) {
  const select = useAppStore((s) => s.select);
  const p = feature.properties;
  const sym = SYMBOLOGY[p.layer];
  const cat = categoryToken(p.layer, categoryOf(p));
  const color = (cat?.color ?? UNKNOWN_COLOR)[theme];
  const precision = PRECISION_LABELS[p.precision];
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [p.id]);

  // When the card closes, give focus back: to this feature's row in a list if there is one,
  // else to the panel's first heading, so keyboard users are not dropped at the page's start.
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        // Compare values rather than build a selector from data.
        const row = [...document.querySelectorAll<HTMLElement>('[data-feature-id]')].find(
          (el) => el.dataset.featureId === p.id,
        );
        const fallback = document.querySelector<HTMLElement>('#side-panel h2[tabindex], #side-panel h2');
        (row ?? fallback)?.focus();
      });
    },
    [p.id],
  );

  return (
    <article className="feature-card" aria-labelledby="card-title" data-testid="feature-card">
      <div className="card-top">
        <button type="button" className="link-button" onClick={() => select(null)}>
          ← Back
        </button>
        <span className="muted">{sym.title}</span>
      </div>
      <h2 id="card-title" ref={heading} tabIndex={-1}>
        {p.name}
      </h2>
      {p.aliases && p.aliases.length > 0 && (
        <p className="muted aliases">Also written: {p.aliases.join('; ')}</p>
      )}
      <div className="badges">
        <span className="badge status" style={{ borderColor: color }}>
          <Swatch shape={sym.shape} color={color} size={14} /> {cat?.label ?? categoryOf(p)}
        </span>
        <span
          className={`badge precision precision-${p.precision}`}
          title={precision?.hint}
          data-testid="precision-badge"
        >
          {precision?.label ?? p.precision} precision
        </span>
        {p.flags.map((fl) => (
          <span key={fl} className="badge flag" title={FLAG_LABELS[fl].hint}>
            {FLAG_LABELS[fl].label}
          </span>
        ))}
      </div>
      <div className="card-actions">
        <CommandButton command="zoom-to-selection">Zoom to</CommandButton>
        <CommandButton command="copy-link">Copy link</CommandButton>
      </div>

      <dl className="facts">
        <Row label="Where">
          <span data-testid="card-place">{placeOf(feature)}</span>
        </Row>
        {p.locality && <Row label="Locality">{p.locality}</Row>}
        <Row label="Placed">
          {p.locationBasis}
          {precision && p.precision !== 'site' && <span className="precision-hint"> {precision.hint}.</span>}
        </Row>
        {p.minerals.length > 0 && (
          <Row label="Minerals">
            <ul className="chips">
              {p.minerals.map((m) => (
                <li key={m} className="chip">
                  {mineralLabel(m)}
                </li>
              ))}
            </ul>
          </Row>
        )}
        <LayerFields f={feature} />
        <Row label="Facts as of">{formatDate(p.asOf)}</Row>
      </dl>

      {p.description && <p>{p.description}</p>}

      {p.layer === 'blocks' && (
        <>
          <h3>Auction history</h3>
          <BlockTimeline p={p} />
        </>
      )}

      {(p.caveats.length > 0 || p.flags.length > 0) && (
        <>
          <h3>Caveats</h3>
          <ul className="caveats">
            {p.flags.map((fl) => (
              <li key={fl}>
                <strong>{FLAG_LABELS[fl].label}:</strong> {FLAG_LABELS[fl].hint.toLowerCase()}.
              </li>
            ))}
            {p.caveats.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}

      <h3>Sources</h3>
      <ol className="sources" data-testid="card-sources">
        {p.sources.map((s, i) => (
          <li key={i}>
            <SourceLink s={s} />
          </li>
        ))}
      </ol>
    </article>
  );
}
