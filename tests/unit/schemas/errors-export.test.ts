import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  buildCodeDocument,
  buildExport,
  exportSchema,
  type ErrorsExport,
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
  subjects: ['access-token'],
  problems: ['expired'],
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

const officialList: ErrorsExport['officialList'] = {
  received: '2026-11-24',
  page: 'https://open.wps.cn/',
  archive: { id: 'list-mirror', title: '全局错误码', address: 'http://archive.example.org/list', kind: 'mirror' },
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
      'subjects',
      'problems',
      'oauthErrors',
      'sameMeaning',
      'related',
      'guides',
      'sources',
    ]);
  });

  it('accepts a full export and a single-code document', () => {
    const { all, one } = compiled;
    expect(all(buildExport([record], SCHEMA_URL, officialList)), JSON.stringify(all.errors)).toBe(true);
    const document = buildCodeDocument(record, SCHEMA_URL);
    expect(document.$schema).toBe(`${SCHEMA_URL}#/$defs/errorCode`);
    expect(one(document), JSON.stringify(one.errors)).toBe(true);
    expect(one({ ...record, nextStep: '先刷新一次令牌。' })).toBe(true);
    expect(one({ ...record, aliases: [{ text: 'TokenExpired', kind: 'symbolic', seen: 'wps' }] })).toBe(true);
  });

  it('requires every alias to say where it was seen', () => {
    const { one } = compiled;
    expect(one({ ...record, aliases: [{ text: 'TokenExpired', kind: 'symbolic' }] })).toBe(false);
    expect(one({ ...record, aliases: [{ text: 'TokenExpired', kind: 'symbolic', seen: 'somewhere' }] })).toBe(false);
    const qq = {
      text: 'access token is illegal',
      kind: 'english',
      seen: 'qq-connect',
      source: 'qq-connect-return-codes',
    };
    expect(one({ ...record, aliases: [qq] })).toBe(true);
  });

  it('publishes every client action with what a program does and whether a retry helps', () => {
    const exported = buildExport([record], SCHEMA_URL, officialList);
    expect(compiled.all(exported), JSON.stringify(compiled.all.errors)).toBe(true);
    const byId = new Map(exported.actions.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual([
      'contact-support',
      'fix-request',
      'reauthorize',
      'refresh-token',
      'renew-token',
      'retry-later',
      'user-action',
    ]);
    for (const action of exported.actions) {
      expect(action.contract.length, action.id).toBeGreaterThan(10);
      expect(action.contractEn.length, action.id).toBeGreaterThan(10);
    }
    // A token without a refresh token is obtained again: a different contract from refresh-token, retried once.
    expect(byId.get('renew-token')).toMatchObject({ retry: 'once-after-renewal' });
    expect(byId.get('renew-token')!.contract).toContain('没有刷新令牌');
    expect(byId.get('user-action')).toMatchObject({ retry: 'after-user-action' });
    expect(byId.get('retry-later')).toMatchObject({ retry: 'with-backoff' });
    expect(byId.get('fix-request')!.retry).not.toBe('with-backoff');
    expect(compiled.all({ ...exported, actions: [{ ...exported.actions[0], retry: 'sometimes' }] })).toBe(false);
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

describe('the official list in the export', () => {
  it('says when the official list was received, and where it can be checked', () => {
    const document = buildExport([record], SCHEMA_URL, officialList);
    expect(compiled.all(document), JSON.stringify(compiled.all.errors)).toBe(true);
    expect(document.officialList.received).toBe('2026-11-24');
  });

  it.each([
    ['without its date', { received: undefined }],
    ['with a date that is not one', { received: '24.11.2026' }],
    ['with an archive that is not a source', { archive: { id: 'x' } }],
  ])('is refused %s', (_, change) => {
    const document = buildExport([record], SCHEMA_URL, { ...officialList, ...change } as typeof officialList);
    expect(compiled.all(JSON.parse(JSON.stringify(document)))).toBe(false);
  });
});
