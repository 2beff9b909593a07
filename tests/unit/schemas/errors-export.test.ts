import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CLIENT_ACTIONS } from '../../../src/lib/content/client-actions';
import {
  buildCodeDocument,
  buildExport,
  exportSchema,
  type ExportContext,
  type ExportedCode,
} from '../../../src/schemas/errors-export';

const SCHEMA_URL = 'https://errors.example.com/errors.schema.json';

const record: ExportedCode = {
  code: 100014,
  url: 'https://errors.example.com/errors/100014/',
  json: 'https://errors.example.com/errors/100014.json',
  markdown: 'https://errors.example.com/errors/100014.md',
  title: 'access token 过期',
  message: 'access token过期。',
  messageEn: 'The access token has expired.',
  category: 'oauth',
  categoryTitle: '授权认证',
  action: 'refresh-token',
  actionLabel: '刷新令牌后重试',
  status: 'active',
  reviewed: '2026-12-03',
  oauthErrors: ['invalid_token'],
  sameMeaning: [],
  related: [100013, 100015],
  guides: [
    {
      url: 'https://errors.example.com/guides/token-refresh/#expired',
      guide: 'token-refresh',
      section: 'expired',
      title: 'access token 过期',
      guideTitle: '刷新令牌与处理过期、吊销',
    },
  ],
  sources: [{ id: 'rfc6750', title: 'RFC 6750', address: 'https://www.rfc-editor.org/rfc/rfc6750', kind: 'standard' }],
};

const context: ExportContext = {
  officialList: {
    received: '2026-11-24',
    page: 'https://open.wps.cn/',
    archive: { id: 'list-mirror', title: '全局错误码', address: 'http://archive.example.org/list', kind: 'mirror' },
  },
  actions: CLIENT_ACTIONS,
};

// Compiled once: Ajv compilation is the slow part of these tests.
const compiled = validators();

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(exportSchema(SCHEMA_URL));
  return {
    all: ajv.getSchema(SCHEMA_URL)!,
    one: ajv.getSchema(`${SCHEMA_URL}#/$defs/errorCode`)!,
  };
}

describe('exportSchema', () => {
  it('is a draft 2020-12 schema with its own URL as $id and the code record under $defs', () => {
    const schema = exportSchema(SCHEMA_URL);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(Object.keys(schema.$defs ?? {}).sort()).toEqual(['clientAction', 'errorCode']);
    expect(schema.$defs!.errorCode.required).toEqual([
      'code',
      'url',
      'json',
      'markdown',
      'title',
      'message',
      'messageEn',
      'category',
      'categoryTitle',
      'action',
      'actionLabel',
      'status',
      'reviewed',
      'oauthErrors',
      'sameMeaning',
      'related',
      'guides',
      'sources',
    ]);
  });

  it('accepts a full export and a single-code document', () => {
    const { all, one } = compiled;
    expect(all(buildExport([record], SCHEMA_URL, context)), JSON.stringify(all.errors)).toBe(true);
    const document = buildCodeDocument(record, SCHEMA_URL);
    expect(document.$schema).toBe(`${SCHEMA_URL}#/$defs/errorCode`);
    expect(one(document), JSON.stringify(one.errors)).toBe(true);
    expect(one({ ...record, nextStep: '先刷新一次令牌。' })).toBe(true);
    expect(one({ ...record, aliases: [{ text: 'TokenExpired', kind: 'symbolic' }] })).toBe(true);
  });

  it.each([
    ['an unknown action', { action: 'panic' }],
    ['an unknown field', { severity: 'high' }],
    ['a repeated related code', { related: [100013, 100013] }],
    ['a page URL that is not absolute', { url: '/errors/100014/' }],
    ['an empty message', { message: '' }],
    ['a negative code', { code: -1 }],
    ['a review date that is not a date', { reviewed: '3 Dec 2026' }],
    ['an impossible review date', { reviewed: '2026-02-30' }],
    ['an unknown OAuth error', { oauthErrors: ['invalid_everything'] }],
    [
      'a guide link without its title',
      { guides: [{ url: 'https://x.example/guides/a/#b', guide: 'a', section: 'b' }] },
    ],
  ])('rejects %s', (_, change) => {
    expect(compiled.one({ ...record, ...change })).toBe(false);
  });

  it('rejects a record without its official message', () => {
    const withoutMessage: Partial<ExportedCode> = { ...record };
    delete withoutMessage.message;
    expect(compiled.one(withoutMessage)).toBe(false);
  });

  it('allows null as the action only (for the success code)', () => {
    const { one } = compiled;
    expect(one({ ...record, code: 0, action: null, actionLabel: null })).toBe(true);
  });
});

describe('the action table in the export', () => {
  const full = () => structuredClone(buildExport([record], SCHEMA_URL, context)) as unknown as Record<string, never>;
  const withAction = (change: (actions: Record<string, Record<string, unknown>>) => void) => {
    const document = full() as unknown as { actions: Record<string, Record<string, unknown>> };
    change(document.actions);
    return document;
  };

  it('carries every action with its contract, and says when the official list was received', () => {
    const document = buildExport([record], SCHEMA_URL, context);
    expect(Object.keys(document.actions).sort()).toEqual(Object.keys(CLIENT_ACTIONS).sort());
    expect(document.actions['refresh-token'].contract).toMatchObject({ retry: 'once', userMustAct: false });
    expect(document.actions.reauthorize.contract).toMatchObject({ retry: 'never', userMustAct: true });
    expect(document.officialList.received).toBe('2026-11-24');
  });

  it.each([
    [
      'a retry policy outside once, backoff and never',
      (a: Record<string, Record<string, unknown>>) => {
        (a['retry-later'].contract as Record<string, unknown>).retry = 'always';
      },
    ],
    [
      'a contract without its English',
      (a: Record<string, Record<string, unknown>>) => {
        delete (a.reauthorize.contract as Record<string, unknown>).summaryEn;
      },
    ],
    [
      'userMustAct that is not true or false',
      (a: Record<string, Record<string, unknown>>) => {
        (a['fix-request'].contract as Record<string, unknown>).userMustAct = 'yes';
      },
    ],
    [
      'a missing action',
      (a: Record<string, Record<string, unknown>>) => {
        delete a['contact-support'];
      },
    ],
    [
      'an action the codes cannot carry',
      (a: Record<string, Record<string, unknown>>) => {
        a.panic = a.reauthorize;
      },
    ],
  ])('rejects %s', (_, change) => {
    expect(compiled.all(withAction(change))).toBe(false);
  });

  it('rejects an official list without its date', () => {
    const document = full() as unknown as { officialList: Record<string, unknown> };
    delete document.officialList.received;
    expect(compiled.all(document)).toBe(false);
  });
});
