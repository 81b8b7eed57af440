import { useMemo } from 'react';
import type { AtlasData } from '../data/load';
import { LAYER_IDS, PRECISIONS } from '../domain/model/enums';
import { assessDataHealth, KNOWN_GAPS } from '../domain/data-health';
import { layerTitle, precisionLabel } from '../domain/symbology';
import { formatDate } from '../domain/format';
import { t, formatCount } from '../i18n';
import { DataTable } from './DataTable';

/**
 * How precisely each layer is placed, how old and new its sources are, how much is flagged, and
 * what is known to be missing: computed from the loaded data, never typed.
 */
export function DataHealth({ data }: { data: AtlasData }) {
  const health = useMemo(
    () => assessDataHealth(LAYER_IDS.map((l) => ({ layer: l, features: data.layers[l].features }))),
    [data],
  );
  return (
    <section aria-labelledby="health-title" data-testid="data-health">
      <h3 id="health-title">{t('health.title')}</h3>
      <div className="table-scroll">
        <DataTable
          className="licence-table health-table"
          columns={[
            t('health.col.layer'),
            t('health.col.count'),
            t('health.col.precision'),
            t('health.col.sources'),
            t('health.col.flagged'),
          ]}
        >
          {health.layers.map((h) => (
            <tr key={h.layer} data-layer={h.layer}>
              <th scope="row">{layerTitle(h.layer)}</th>
              <td className="num" data-testid={`health-count-${h.layer}`}>
                {formatCount(h.count)}
              </td>
              <td data-testid={`health-precision-${h.layer}`}>
                {PRECISIONS.filter((p) => h.byPrecision[p] > 0)
                  .map((p) =>
                    t('health.precisionCount', { precision: precisionLabel(p), count: h.byPrecision[p] }),
                  )
                  .join(t('common.listSeparator'))}
              </td>
              <td>
                {h.oldestSourceDate && h.newestSourceDate
                  ? t('health.dateRange', {
                      oldest: formatDate(h.oldestSourceDate),
                      newest: formatDate(h.newestSourceDate),
                    })
                  : ''}
              </td>
              <td className="num">
                {t('health.flagged', { count: h.flagged, pct: Math.round(h.flaggedShare * 100) })}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      <h4>{t('health.missing')}</h4>
      <ul data-testid="health-gaps">
        {KNOWN_GAPS.map((g) => (
          <li key={g.missing}>{t(`health.gap.${g.layer}` as never)}</li>
        ))}
      </ul>
    </section>
  );
}
