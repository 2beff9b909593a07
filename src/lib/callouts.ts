/** The kinds of callout a guide can use, with the label each is shown with. */
export const CALLOUT_LABELS = { note: '说明', tip: '提示', warning: '注意' } as const;

export type CalloutKind = keyof typeof CALLOUT_LABELS;

export const isCalloutKind = (kind: string): kind is CalloutKind => Object.hasOwn(CALLOUT_LABELS, kind);
