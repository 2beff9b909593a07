import { t } from '../../i18n';

/** The kinds of callout a guide can use, with the label each is shown with. */
export const CALLOUT_LABELS = {
  note: t('callout.note'),
  tip: t('callout.tip'),
  warning: t('callout.warning'),
} as const;

export type CalloutKind = keyof typeof CALLOUT_LABELS;

export const isCalloutKind = (kind: string): kind is CalloutKind => Object.hasOwn(CALLOUT_LABELS, kind);
