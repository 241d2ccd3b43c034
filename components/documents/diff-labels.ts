import type { Translate } from '@/messages';

export const diffLabels = (t: Translate) => ({
  legend: t('documents.diffLegend'),
  none: t('documents.diffNone'),
  added: t('documents.diffAdded'),
  removed: t('documents.diffRemoved'),
});
