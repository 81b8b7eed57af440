import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { AtlasFeature, BlockProps, Source } from '../data/schema';
import { useAppStore } from '../state/store';
import {
  SYMBOLOGY,
  categoryOf,
  categoryToken,
  categoryLabel,
  layerTitle,
  precisionHint,
  precisionLabel,
  UNKNOWN_COLOR,
} from '../domain/symbology';
import { mineralLabel } from '../domain/minerals';
import { formatCrore, formatDate, formatHectares, formatPercent } from '../domain/format';
import { standingAward } from '../domain/auction';
import {
  annulReasonLabel,
  blockKindLabel,
  countryName,
  eventLabel,
  flagHint,
  flagLabel,
  licenceLabel,
  mineTypeLabel,
  processingStatusLabel,
} from '../domain/labels';
import { intlLocale, t } from '../i18n';
import { CommandButton } from './CommandButton';
import { ExternalLink } from './ExternalLink';
import { FeatureLink } from './FeatureLink';
import { Swatch } from './Swatch';
import { placeOf, relatedFeatures } from '../domain/places';
import { useAtlasData } from '../state/use-data';
import { LAYER_IDS } from '../domain/model/enums';
import { formatLatLon, latLonText, precisionPhrase } from '../domain/coordinates';
import type { ResolvedTheme } from './use-theme';
import { openPrintSheet } from './insights/print-sheet';
import { asOfDayOf, blockStatusOn, dateOfDay, dayOfEnd } from '../domain/insights/timeline';

/** Whether a block's event comes after the time slider's day (null: the slider is off). */
const afterDay = (date: string, day: number | null) => day !== null && (dayOfEnd(date) ?? Infinity) > day;

/** Opens the block's printable one-page brief, with a locator map of its state. */
function BriefButton({ feature }: { feature: AtlasFeature }) {
  const data = useAtlasData();
  const p = feature.properties;
  const bbox = data?.states.find((s) => s.code === p.state)?.bbox ?? null;
  return (
    <button
      type="button"
      className="text-button"
      data-testid="print-brief"
      onClick={() => openPrintSheet({ kind: 'brief', id: p.id }, bbox, feature.geometry.coordinates)}
    >
      {t('brief.printable')}
    </button>
  );
}

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

function BlockTimeline({ p, day }: { p: BlockProps; day: number | null }) {
  return (
    <ol className="timeline" aria-label={t('card.history')}>
      {p.events.map((e, i) => (
        // Under the time slider the whole history stays, what came after the day said so.
        <li key={i} className={`tl-${e.type}${afterDay(e.date, day) ? ' muted' : ''}`}>
          <time dateTime={e.date}>{formatDate(e.date)}</time>
          <div>
            <strong>{eventLabel(e.type)}</strong>
            {afterDay(e.date, day) && (
              <span data-testid="event-later">
                {' '}
                · {t('asof.card.later', { date: formatDate(dateOfDay(day!)) })}
              </span>
            )}
            {e.tranche && <span> · {t('card.tranche', { tranche: e.tranche })}</span>}
            {e.reason && <span> · {annulReasonLabel(e.reason)}</span>}
            {e.bidder && (
              <div>
                {e.premiumPct !== undefined
                  ? t('card.bidderPremium', { bidder: e.bidder, premium: formatPercent(e.premiumPct) })
                  : t('card.bidder', { bidder: e.bidder })}
              </div>
            )}
            {e.note && <div className="muted">{e.note}</div>}
            {e.sourceRefs && e.sourceRefs.length > 0 && (
              <div className="tl-sources">
                {t('card.eventSource')}{' '}
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

function LayerFields({ f, day }: { f: AtlasFeature; day: number | null }) {
  const p = f.properties;
  switch (p.layer) {
    case 'blocks': {
      // The standing award as of the time slider's day, if on.
      const award = standingAward(p.events.filter((e) => !afterDay(e.date, day)));
      return (
        <>
          <Row label={t('card.kind')}>{blockKindLabel(p.blockKind)}</Row>
          <Row label={t('card.licence')}>{p.licence ? licenceLabel(p.licence) : t('card.notPublished')}</Row>
          <Row label={t('card.area')}>
            {p.areaHa !== null ? formatHectares(p.areaHa) : t('card.notPublished')}
          </Row>
          {award && (
            <Row label={t('card.preferredBidder')}>
              {award.premiumPct !== undefined
                ? t('card.bidderAtPremium', {
                    bidder: award.bidder ?? '',
                    premium: formatPercent(award.premiumPct),
                  })
                : award.bidder}
            </Row>
          )}
        </>
      );
    }
    case 'exploration':
      return (
        <>
          <Row label={t('card.stage')}>{p.stage === 'study' ? t('card.studyStage') : p.stage}</Row>
          <Row label={t('card.agency')}>{p.agency}</Row>
          <Row label={t('card.resource')}>{p.resource}</Row>
          <Row label={t('card.announced')}>{p.announced ? formatDate(p.announced) : null}</Row>
        </>
      );
    case 'processing':
      return (
        <>
          <Row label={t('card.status')}>{processingStatusLabel(p.status)}</Row>
          <Row label={t('card.operator')}>{p.operator}</Row>
          <Row label={t('card.capacity')}>{p.capacity}</Row>
          <Row label={t('card.investment')}>
            {p.investmentCrore !== null ? formatCrore(p.investmentCrore) : t('card.notPublished')}
          </Row>
        </>
      );
    case 'coal-closures':
      return (
        <>
          <Row label={t('card.company')}>{p.subsidiary ? `${p.subsidiary} (${p.company})` : p.company}</Row>
          <Row label={t('card.mineType')}>{p.mineType ? mineTypeLabel(p.mineType) : null}</Row>
          <Row label={t('card.year')}>
            {p.closureYear !== null ? closureYearText(p.closureStatus, p.closureYear, p.asOf) : null}
          </Row>
          <Row label={t('card.repurposedAs')}>{p.repurposedAs}</Row>
        </>
      );
    case 'centres':
      return (
        <>
          <Row label={t('card.institution')}>{p.institution}</Row>
          <Row label={t('card.city')}>{p.city}</Row>
          <Row label={t('card.recognised')}>{formatDate(p.recognised)}</Row>
        </>
      );
    case 'overseas':
      return (
        <>
          <Row label={t('card.country')}>{countryName(p.country)}</Row>
          <Row label={t('card.partner')}>{p.partner}</Row>
          <Row label={t('card.area')}>
            {p.areaHa !== null ? formatHectares(p.areaHa) : t('card.notPublished')}
          </Row>
          <Row label={t('card.agreed')}>{p.agreed ? formatDate(p.agreed) : null}</Row>
        </>
      );
  }
}

/**
 * A closure year in words that say what it is: a scheduled year that has passed is not a fact of
 * closure, and the card says so.
 */
function closureYearText(status: string, year: number, asOf: string): string {
  if (status !== 'scheduled') return t('card.closedIn', { year: String(year) });
  // A scheduled year before the data's as-of year has passed with no later source saying what happened.
  const passed = year < Number(asOf.slice(0, 4));
  return t(passed ? 'card.scheduledPassed' : 'card.scheduledBy', { year: String(year) });
}

/** Everything known about one feature, and where that knowledge came from. */
/** Other layers' features in the same district with a shared mineral, each opening its own card. */
function RelatedFeatures({ feature }: { feature: AtlasFeature }) {
  const data = useAtlasData();
  const related = useMemo(
    () =>
      data
        ? relatedFeatures(
            feature,
            LAYER_IDS.flatMap((l) => data.layers[l].features),
          )
        : [],
    [data, feature],
  );
  if (related.length === 0) return null;
  return (
    <>
      <h3>{t('card.related')}</h3>
      <ul className="related" data-testid="card-related">
        {related.map((f) => (
          <li key={f.properties.id}>
            <FeatureLink id={f.properties.id} name={f.properties.name} />{' '}
            <span className="muted">{layerTitle(f.properties.layer)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function FeatureCard({ feature, theme }: { feature: AtlasFeature; theme: ResolvedTheme }) {
  const select = useAppStore((s) => s.select);
  const p = feature.properties;
  const sym = SYMBOLOGY[p.layer];
  // While the time slider is on, a block's status is the one of its day (as the map draws it).
  const day = useAppStore((s) => asOfDayOf(s.filters));
  const asOfStatus = day !== null && p.layer === 'blocks' ? blockStatusOn(p.events, day) : undefined;
  const category = asOfStatus ?? categoryOf(p);
  const cat = categoryToken(p.layer, category);
  const color = (cat?.color ?? UNKNOWN_COLOR)[theme];
  const hint = precisionHint(p.precision);
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
          {t('card.back')}
        </button>
        <span className="muted">{layerTitle(p.layer)}</span>
      </div>
      <h2 id="card-title" ref={heading} tabIndex={-1}>
        {p.name}
      </h2>
      {p.aliases && p.aliases.length > 0 && (
        <p className="muted aliases">{t('card.alsoWritten', { names: p.aliases.join('; ') })}</p>
      )}
      <div className="badges">
        <span className="badge status" style={{ borderColor: color }} data-testid="card-status">
          <Swatch shape={sym.shape} color={color} size={14} />{' '}
          {day === null || asOfStatus === undefined
            ? categoryLabel(p.layer, category)
            : asOfStatus === null
              ? t('asof.card.notYet', { date: formatDate(dateOfDay(day)) })
              : t('asof.card.status', {
                  status: categoryLabel(p.layer, asOfStatus),
                  date: formatDate(dateOfDay(day)),
                })}
        </span>
        <span
          className={`badge precision precision-${p.precision}`}
          title={hint}
          data-testid="precision-badge"
        >
          {t('card.precisionBadge', { precision: precisionLabel(p.precision) })}
        </span>
        {p.flags.map((fl) => (
          <span key={fl} className="badge flag" title={flagHint(fl)}>
            {flagLabel(fl)}
          </span>
        ))}
      </div>
      <div className="card-actions">
        <CommandButton command="zoom-to-selection">{t('card.zoomTo')}</CommandButton>
        <CommandButton command="copy-link">{t('card.copyLink')}</CommandButton>
        {p.layer === 'blocks' && <BriefButton feature={feature} />}
      </div>

      <dl className="facts">
        <Row label={t('card.where')}>
          <span data-testid="card-place">{placeOf(feature)}</span>
        </Row>
        {p.locality && (
          <Row label={t('card.locality')}>
            {p.precision === 'locality' ? t('card.nearLocality', { place: p.locality }) : p.locality}
          </Row>
        )}
        <Row label={t('card.coordinates')}>
          <span data-testid="card-coordinates">
            {formatLatLon(...feature.geometry.coordinates)} · {precisionPhrase(p.precision)}
          </span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const text = latLonText(...feature.geometry.coordinates);
              void navigator.clipboard
                ?.writeText(text)
                .then(() => useAppStore.getState().setNotice(t('card.coordinatesCopied', { text })))
                .catch(() => useAppStore.getState().setNotice(t('notice.copyRefused'), text));
            }}
          >
            {t('card.copyCoordinates')}
          </button>
        </Row>
        {p.locationSource && (
          <Row label={t('card.locationSource')}>
            <span data-testid="card-location-source">
              <ExternalLink href={p.locationSource.url}>{p.locationSource.title}</ExternalLink>
              {p.locationSource.publisher ? ` — ${p.locationSource.publisher}` : ''}
            </span>
          </Row>
        )}
        <Row label={t('card.placed')}>
          {p.locationBasis}
          {hint && p.precision !== 'site' && (
            <span className="precision-hint"> {t('common.sentence', { text: hint })}</span>
          )}
        </Row>
        {p.minerals.length > 0 && (
          <Row label={t('card.minerals')}>
            <ul className="chips">
              {p.minerals.map((m) => (
                <li key={m} className="chip">
                  {mineralLabel(m)}
                </li>
              ))}
            </ul>
          </Row>
        )}
        <LayerFields f={feature} day={day} />
        <Row label={t('card.asOf')}>{formatDate(p.asOf)}</Row>
      </dl>

      {p.description && <p>{p.description}</p>}

      <RelatedFeatures feature={feature} />

      {p.layer === 'blocks' && (
        <>
          <h3>{t('card.history')}</h3>
          <BlockTimeline p={p} day={day} />
        </>
      )}

      {(p.caveats.length > 0 || p.flags.length > 0) && (
        <>
          <h3>{t('card.caveats')}</h3>
          <ul className="caveats">
            {p.flags.map((fl) => (
              <li key={fl}>
                <strong>{t('common.labelColon', { label: flagLabel(fl) })}</strong>{' '}
                {t('common.sentence', { text: flagHint(fl).toLocaleLowerCase(intlLocale()) })}
              </li>
            ))}
            {p.caveats.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('card.sources')}</h3>
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
