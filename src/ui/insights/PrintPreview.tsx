import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { AtlasData } from '../../data/load';
import type { AtlasFeature, BlockProps, Source } from '../../data/schema';
import { useAtlasData } from '../../state/use-data';
import { currentLink } from '../../state/url-sync';
import { featureIndex } from '../../data/indexes';
import { stateByCode } from '../../domain/states';
import { formatDate, formatHectares, formatPercent } from '../../domain/format';
import { distinctSources } from '../../domain/insights/scorecard';
import { buildBrief } from '../../domain/insights/brief';
import { categoryLabel, categoryOf, layerTitle, precisionHint, precisionLabel } from '../../domain/symbology';
import { mineralLabel } from '../../domain/minerals';
import { annulReasonLabel, blockKindLabel, eventLabel, licenceLabel } from '../../domain/labels';
import { placeOf } from '../../domain/places';
import { formatLatLon, precisionPhrase } from '../../domain/coordinates';
import { t } from '../../i18n';
import { closePrintSheet, printSheet } from './print-sheet';
import { DataTable } from '../DataTable';
import {
  LayerCounts,
  ScorecardSections,
  StateOnlyNote,
  TitledSection,
  kmText,
  useScorecard,
} from './Scorecard';
import type { ResolvedTheme } from '../use-theme';
import './insights.css';

/** The printable area of an A4 page with the sheet's 10 mm margins, in CSS pixels. */
const PAGE_HEIGHT_PX = ((297 - 20) * 96) / 25.4;

function LocatorImage({ image, alt }: { image: string | null | undefined; alt: string }) {
  return (
    <figure className="sheet-locator" data-testid="sheet-locator">
      {image === undefined ? (
        <p className="muted small" role="status">
          {t('print.takingImage')}
        </p>
      ) : image === null ? (
        <p className="muted small">{t('print.noImage')}</p>
      ) : (
        <img src={image} alt={alt} />
      )}
    </figure>
  );
}

/** Sources on paper: publisher (or title), date and the site's host, numbered. */
function SheetSources({ sources, numbered }: { sources: readonly Source[]; numbered?: boolean }) {
  const host = (u: string) => {
    try {
      return new URL(u).host;
    } catch {
      return '';
    }
  };
  const Tag = numbered ? 'ol' : 'ul';
  return (
    <Tag className="sheet-sources" data-testid="sheet-sources">
      {sources.map((s) => (
        <li key={s.url}>
          {numbered ? s.title : (s.publisher ?? s.title)}
          {numbered && s.publisher ? ` — ${s.publisher}` : ''}, {formatDate(s.date)}{' '}
          <span className="muted">({host(s.url)})</span>
        </li>
      ))}
    </Tag>
  );
}

function SheetFooter({ asOf }: { asOf: string }) {
  return (
    <footer className="sheet-footer">
      <span>{t('print.footer', { date: formatDate(asOf) })}</span>{' '}
      <span className="sheet-link">{currentLink()}</span>
    </footer>
  );
}

function ScorecardSheet({
  data,
  code,
  image,
  theme,
}: {
  data: AtlasData;
  code: string;
  image: string | null | undefined;
  theme: ResolvedTheme;
}) {
  const { features, card } = useScorecard(data, code);
  const info = stateByCode(code);
  const sources = distinctSources(features);
  return (
    <article className="sheet sheet-scorecard" data-testid="scorecard-sheet" aria-labelledby="sheet-title">
      <header className="sheet-head">
        <p className="sheet-kicker">{t('print.scorecardKicker')}</p>
        <h2 id="sheet-title">
          {info?.name ?? code} <span lang="hi">{info?.nameHi}</span>
        </h2>
        <p className="small">
          {t('print.asOf', { date: formatDate(data.manifest.asOf) })} ·{' '}
          <strong data-testid="sheet-total">{card.total}</strong> {t('state.total', { count: card.total })}
        </p>
      </header>
      <div className="sheet-top">
        <LocatorImage image={image} alt={t('print.locatorAltState', { state: info?.name ?? code })} />
        <div>
          <LayerCounts card={card} theme={theme} />
          <StateOnlyNote card={card} code={code} />
        </div>
      </div>
      <ScorecardSections card={card} theme={theme} print />
      <TitledSection title={t('print.allFeatures', { count: features.length })}>
        <ul className="sheet-features" data-testid="sheet-features">
          {features.map((f) => (
            <li key={f.properties.id} data-feature-id={f.properties.id}>
              {f.properties.name}{' '}
              <span className="muted">
                {layerTitle(f.properties.layer)} ·{' '}
                {categoryLabel(f.properties.layer, categoryOf(f.properties))}
                {f.properties.district ? ` · ${f.properties.district}` : ''}
                {f.properties.precision !== 'site' ? ` · ${precisionLabel(f.properties.precision)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </TitledSection>
      <TitledSection title={t('print.sources', { count: sources.length })}>
        <SheetSources sources={sources} />
      </TitledSection>
      <SheetFooter asOf={data.manifest.asOf} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function BriefSheet({
  data,
  block,
  image,
}: {
  data: AtlasData;
  block: AtlasFeature<BlockProps>;
  image: string | null | undefined;
}) {
  const brief = buildBrief(block, data.layers.processing.features);
  const p = block.properties;
  const hint = precisionHint(p.precision);
  return (
    <article className="sheet sheet-brief" data-testid="brief-sheet" aria-labelledby="sheet-title">
      <header className="sheet-head">
        <p className="sheet-kicker">{t('print.briefKicker')}</p>
        <h2 id="sheet-title">{p.name}</h2>
        <p className="small">
          {categoryLabel('blocks', p.status)} · {placeOf(block)} ·{' '}
          {t('print.asOf', { date: formatDate(p.asOf) })}
        </p>
      </header>
      <div className="sheet-top">
        <LocatorImage image={image} alt={t('print.locatorAltBlock', { name: p.name })} />
        <dl className="facts sheet-facts" data-testid="brief-facts">
          <Fact label={t('card.where')}>{placeOf(block)}</Fact>
          <Fact label={t('card.coordinates')}>
            {formatLatLon(...block.geometry.coordinates)} · {precisionPhrase(p.precision)}
          </Fact>
          <Fact label={t('card.placed')}>{p.locationBasis}</Fact>
          <Fact label={t('card.minerals')}>{p.minerals.map(mineralLabel).join(', ')}</Fact>
          <Fact label={t('card.kind')}>{blockKindLabel(p.blockKind)}</Fact>
          <Fact label={t('card.licence')}>
            {p.licence ? licenceLabel(p.licence) : t('card.notPublished')}
          </Fact>
          <Fact label={t('card.area')}>
            {p.areaHa !== null ? formatHectares(p.areaHa) : t('card.notPublished')}
          </Fact>
          <Fact label={t('brief.tranches')}>{brief.tranches.join(', ')}</Fact>
          {brief.award && (
            <Fact label={t('card.preferredBidder')}>
              {brief.award.premiumPct !== undefined
                ? t('card.bidderAtPremium', {
                    bidder: brief.award.bidder ?? '',
                    premium: formatPercent(brief.award.premiumPct),
                  })
                : brief.award.bidder}
            </Fact>
          )}
        </dl>
      </div>
      <TitledSection title={t('card.history')}>
        <DataTable
          testId="brief-history"
          caption={t('card.history')}
          columns={[
            t('brief.col.date'),
            t('brief.col.event'),
            t('scorecard.col.tranche'),
            t('brief.col.detail'),
            t('brief.col.sources'),
          ]}
        >
          {brief.history.map(({ event: e, sourceNumbers }, i) => (
            <tr key={i}>
              <td>{formatDate(e.date)}</td>
              <td>{eventLabel(e.type)}</td>
              <td>{e.tranche ?? ''}</td>
              <td>
                {[
                  e.reason ? annulReasonLabel(e.reason) : null,
                  e.bidder
                    ? e.premiumPct !== undefined
                      ? t('card.bidderPremium', { bidder: e.bidder, premium: formatPercent(e.premiumPct) })
                      : t('card.bidder', { bidder: e.bidder })
                    : null,
                  e.note ?? null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td>{sourceNumbers.map((n) => `[${n}]`).join(' ')}</td>
            </tr>
          ))}
        </DataTable>
      </TitledSection>
      <TitledSection title={t('brief.hubs')}>
        <ol className="sc-hubs" data-testid="brief-hubs">
          {brief.hubs.map((h) => (
            <li key={h.feature.properties.id}>
              {h.feature.properties.name}{' '}
              <span className="muted">
                {t('brief.hubWhere', {
                  place: placeOf(h.feature),
                  precision: precisionLabel(h.feature.properties.precision),
                  distance: kmText(h.minKm, h.maxKm),
                })}
              </span>
            </li>
          ))}
        </ol>
        <p className="small muted">
          {brief.radiusKm > 0
            ? t('brief.hubsNoteImprecise', {
                precision: precisionLabel(p.precision),
                km: Math.round(brief.radiusKm),
              })
            : t('brief.hubsNote')}
          {hint && p.precision !== 'site' ? ` ${hint}.` : ''}
        </p>
      </TitledSection>
      {p.caveats.length > 0 && (
        <TitledSection title={t('card.caveats')}>
          <ul className="sheet-caveats">
            {p.caveats.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </TitledSection>
      )}
      <TitledSection title={t('card.sources')}>
        <SheetSources sources={brief.sources} numbered />
      </TitledSection>
      <SheetFooter asOf={data.manifest.asOf} />
    </article>
  );
}

/**
 * The printable page (a state's scorecard or a block's brief) as an on-screen A4 preview with
 * Print and Close; in print only the page is printed, scaled down if needed to fit one sheet.
 */
export function PrintPreview({ theme }: { theme: ResolvedTheme }) {
  const { request, image } = useSyncExternalStore(printSheet.subscribe, printSheet.get);
  const data = useAtlasData();
  const paper = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLDivElement>(null);
  const open = request !== null && data !== null;

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    document.body.classList.add('print-sheet-open');
    heading.current?.focus();
    return () => {
      document.body.classList.remove('print-sheet-open');
      previous?.focus?.();
    };
  }, [open]);

  // Fit the page to one A4 sheet: measure at full size, then scale down what overflows.
  useLayoutEffect(() => {
    const el = paper.current;
    if (!el) return;
    el.style.setProperty('--print-fit', '1');
    const h = el.scrollHeight;
    const fit = h > PAGE_HEIGHT_PX ? Math.floor((PAGE_HEIGHT_PX / h) * 0.97 * 1000) / 1000 : 1;
    el.style.setProperty('--print-fit', String(fit));
    el.dataset.fit = String(fit);
  });

  if (!open) return null;
  let sheet: ReactNode = null;
  if (request.kind === 'scorecard')
    sheet = <ScorecardSheet data={data} code={request.code} image={image} theme={theme} />;
  else {
    const f = featureIndex(data).get(request.id)?.feature;
    if (f && f.properties.layer === 'blocks')
      sheet = <BriefSheet data={data} block={f as AtlasFeature<BlockProps>} image={image} />;
  }
  const title = request.kind === 'scorecard' ? t('print.scorecardTitle') : t('print.briefTitle');
  return createPortal(
    <div
      className="print-root"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="print-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closePrintSheet();
        }
      }}
    >
      <div className="print-toolbar" ref={heading} tabIndex={-1}>
        <span className="print-title">{title}</span>
        <button
          type="button"
          className="text-button primary"
          onClick={() => window.print()}
          disabled={image === undefined}
          data-testid="print-button"
        >
          {t('print.print')}
        </button>
        <button type="button" className="text-button" onClick={closePrintSheet}>
          {t('print.close')}
        </button>
      </div>
      <div className="print-paper" ref={paper} data-ready={image !== undefined ? 'yes' : 'no'}>
        {sheet ?? <p>{t('print.nothing')}</p>}
      </div>
    </div>,
    document.body,
  );
}
