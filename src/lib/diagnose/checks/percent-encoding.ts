/** Every `%` starts a complete, UTF-8 percent sequence. */
import { guide, type Check } from '../finding';
import { t } from '../text';

export const percentEncodingCheck: Check = {
  id: 'percent-encoding',
  label: t('checkPercentEncoding.label'),
  guides: [guide('redirect-uri', 'rules')],
  codes: [],
  appliesTo: () => true,
  run: ({ request }) =>
    [...request.query, ...request.fragmentParams, ...(request.body?.params ?? [])]
      .filter((p) => p.malformed)
      .map((p) => ({
        check: 'percent-encoding',
        severity: 'error' as const,
        title: t('checkPercentEncoding.title', { name: p.name }),
        fragment: p.raw,
        fix: t('checkPercentEncoding.fix'),
        consequence: {},
        guide: guide('redirect-uri', 'rules'),
      })),
};
