import type { Dataset } from '../data/datasets';
import { t } from '../i18n';

/** A dataset's name in the active locale. */
export function datasetLabel(ds: Pick<Dataset, 'labelKey' | 'label' | 'id'>): string {
  return ds.labelKey ? t(ds.labelKey) : (ds.label ?? ds.id);
}
