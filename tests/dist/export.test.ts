/** /errors.json and every /errors/<code>.json validate against /errors.schema.json and match the official list. */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { errorFiles, official } from '../support/corpus';
import { fileForUrl, idsIn, readDist } from '../support/dist';

interface CodeRecord {
  $schema?: string;
  code: number;
  title: string;
  nextStep?: string;
  sources: { id: string }[];
  message: string;
  url: string;
  json: string;
  markdown: string;
  sameMeaning: number[];
  guides: { url: string }[];
}

const data = JSON.parse(readDist('/errors.json')) as { count: number; codes: CodeRecord[]; $schema: string };
const schema = JSON.parse(readDist('/errors.schema.json')) as { $id: string };
const perCode = official.codes.map(({ code }) => JSON.parse(readDist(`/errors/${code}.json`)) as CodeRecord);

// One compiled schema for every test: compiling is the slow part of this file.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);

describe('machine-readable export', () => {
  it('validates against its JSON Schema', () => {
    const validate = ajv.getSchema(data.$schema)!;
    expect(data.$schema).toBe(schema.$id);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a record that breaks it', () => {
    const validate = ajv.getSchema(schema.$id)!;
    const broken = structuredClone(data) as unknown as { codes: Record<string, unknown>[] };
    broken.codes[1].action = 'panic';
    delete broken.codes[2].message;
    expect(validate(broken)).toBe(false);
  });

  it('has every official code with its verbatim message, and a page URL for each', () => {
    expect(data.count).toBe(official.codes.length);
    expect(data.codes.map((c) => [c.code, c.message])).toEqual(official.codes.map((c) => [c.code, c.message]));
    for (const code of data.codes) expect(code.url).toMatch(new RegExp(`/errors/${code.code}/$`));
  });

  it('documents every action the codes carry, with its contract and retry', () => {
    const { actions } = data as unknown as {
      actions: { id: string; contract: string; contractEn: string; retry: string }[];
    };
    const byId = new Map(actions.map((a) => [a.id, a]));
    const used = new Set(errorFiles.flatMap((f) => (f.data.action ? [f.data.action] : [])));
    for (const id of used) expect(byId.get(id)?.contract, `action ${id}`).toMatch(/\p{Script=Han}/u);
    for (const { contractEn } of actions) expect(contractEn).toMatch(/^[\x20-\x7e]+$/);
    // When a program may retry, written here independently of the table.
    expect(byId.get('refresh-token')?.retry).toBe('once-after-renewal');
    expect(byId.get('reauthorize')?.retry).toBe('after-reauthorization');
    expect(byId.get('retry-later')?.retry).toBe('with-backoff');
  });

  it('the schema rejects an action without its contract or with an unknown retry policy', () => {
    const validate = ajv.getSchema(schema.$id)!;
    const withoutContract = structuredClone(data) as unknown as { actions: Record<string, unknown>[] };
    delete withoutContract.actions[0].contract;
    expect(validate(withoutContract)).toBe(false);
    const badRetry = structuredClone(data) as unknown as { actions: Record<string, unknown>[] };
    badRetry.actions[1].retry = 'forever';
    expect(validate(badRetry)).toBe(false);
  });

  it('shows each same-meaning pair on both codes', () => {
    const byCode = new Map(data.codes.map((c) => [c.code, c]));
    for (const code of data.codes) {
      for (const other of code.sameMeaning) expect(byCode.get(other)!.sameMeaning).toContain(code.code);
    }
  });
});

describe('one JSON file per code', () => {
  it('each validates against the code record of the published schema', () => {
    const failures = perCode.flatMap((record) => {
      const validate = ajv.getSchema(record.$schema!);
      if (!validate) return [`${record.code}: no schema at ${record.$schema}`];
      return validate(record) ? [] : [`${record.code}: ${JSON.stringify(validate.errors)}`];
    });
    expect(perCode.map((r) => r.$schema)).toEqual(perCode.map(() => `${schema.$id}#/$defs/errorCode`));
    expect(failures).toEqual([]);
  });

  it('each carries its code and the official message, character for character', () => {
    expect(perCode.map((r) => [r.code, r.message])).toEqual(official.codes.map((c) => [c.code, c.message]));
  });

  it('each carries the title, next step and cited sources of its content file', () => {
    for (const file of errorFiles) {
      const record = perCode.find((r) => r.code === file.code)!;
      expect(record.title).toBe(file.data.title);
      expect(record.nextStep).toBe(file.data.nextStep);
      expect(record.sources.map((s) => s.id)).toEqual(file.data.sources ?? []);
    }
  });

  it('each is its record of /errors.json', () => {
    for (const [i, document] of perCode.entries()) {
      const record = { ...document };
      delete record.$schema;
      expect(record).toEqual(data.codes[i]);
    }
  });

  it('points to its page, itself and its Markdown, and to guide sections that exist', () => {
    // Many records link the same guide: read each guide's ids once.
    const idsByPage = new Map<string, Set<string>>();
    const idsOf = (page: string) => idsByPage.get(page) ?? idsByPage.set(page, idsIn(readDist(page))).get(page)!;
    for (const record of perCode) {
      expect(new URL(record.url).pathname).toBe(`/errors/${record.code}/`);
      expect(new URL(record.json).pathname).toBe(`/errors/${record.code}.json`);
      expect(new URL(record.markdown).pathname).toBe(`/errors/${record.code}.md`);
      expect(fileForUrl(new URL(record.markdown).pathname)).toBeDefined();
      for (const guide of record.guides) {
        const { pathname, hash } = new URL(guide.url);
        expect(idsOf(fileForUrl(pathname)!).has(hash.slice(1)), guide.url).toBe(true);
      }
    }
  });
});
