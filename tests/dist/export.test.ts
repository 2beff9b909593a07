/** /errors.json validates against /errors.schema.json and matches the content. */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { readDist } from '../support/dist';

interface ExportedCode {
  code: number;
  message?: string;
  action?: string;
  url: string;
  sameMeaning: number[];
}
const data = JSON.parse(readDist('/errors.json')) as { count: number; codes: ExportedCode[] };
const schema = JSON.parse(readDist('/errors.schema.json')) as object;

describe('machine-readable export', () => {
  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a record that breaks it', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const broken = structuredClone(data);
    broken.codes[1].action = 'panic';
    delete broken.codes[2].message;
    expect(validate(broken)).toBe(false);
  });

  it('has every official code with its verbatim message, and a page URL for each', () => {
    expect(data.count).toBe(official.codes.length);
    expect(data.codes.map((c) => [c.code, c.message])).toEqual(official.codes.map((c) => [c.code, c.message]));
    for (const code of data.codes) expect(code.url).toMatch(new RegExp(`/errors/${code.code}/$`));
  });

  it('shows each same-meaning pair on both codes', () => {
    const byCode = new Map(data.codes.map((c) => [c.code, c]));
    for (const code of data.codes) {
      for (const other of code.sameMeaning) expect(byCode.get(other)?.sameMeaning).toContain(code.code);
    }
  });
});
