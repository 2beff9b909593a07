/**
 * The machine-readable export (/errors.json) and its JSON Schema
 * (/errors.schema.json). Both are built from the same content as the pages.
 */

import { CATEGORIES } from './categories';
import { CLIENT_ACTION_IDS } from './client-actions';
import { OAUTH_ERROR_NAMES } from './oauth-errors';

export interface ExportedCode {
  code: number;
  message: string;
  messageEn: string;
  category: string;
  categoryTitle: string;
  action: string | null;
  status: 'active' | 'retired';
  oauthErrors: string[];
  sameMeaning: number[];
  related: number[];
  guides: string[];
  url: string;
}

export interface ErrorsExport {
  $schema: string;
  source: string;
  note: string;
  count: number;
  codes: ExportedCode[];
}

export function buildExport(codes: ExportedCode[], schemaUrl: string): ErrorsExport {
  return {
    $schema: schemaUrl,
    source: 'WPS 开放平台「全局错误码」',
    note: "message is the official WPS text, verbatim; every other field is this site's guidance.",
    count: codes.length,
    codes,
  };
}

const codeNumber = { type: 'integer', minimum: 0 } as const;
const absoluteUrl = { type: 'string', format: 'uri', pattern: '^https?://' } as const;

export function exportSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'WPS Open Platform global error codes',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'source', 'note', 'count', 'codes'],
    properties: {
      $schema: { type: 'string' },
      source: { type: 'string' },
      note: { type: 'string' },
      count: { type: 'integer', minimum: 0 },
      codes: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'code',
            'message',
            'messageEn',
            'category',
            'categoryTitle',
            'action',
            'status',
            'oauthErrors',
            'sameMeaning',
            'related',
            'guides',
            'url',
          ],
          properties: {
            code: { ...codeNumber, description: 'The error code, as returned in the "result" field.' },
            message: { type: 'string', minLength: 1, description: 'The official message, verbatim.' },
            messageEn: {
              type: 'string',
              minLength: 1,
              description: 'English rendering of the message (not official).',
            },
            category: { enum: CATEGORIES.map((c) => c.slug) },
            categoryTitle: { enum: CATEGORIES.map((c) => c.title) },
            action: { enum: [...CLIENT_ACTION_IDS, null], description: 'What a client should do; null for success.' },
            status: { enum: ['active', 'retired'] },
            oauthErrors: { type: 'array', items: { enum: [...OAUTH_ERROR_NAMES] }, uniqueItems: true },
            sameMeaning: { type: 'array', items: codeNumber, uniqueItems: true },
            related: { type: 'array', items: codeNumber, uniqueItems: true },
            guides: { type: 'array', items: absoluteUrl, description: 'Guide sections that help, as absolute URLs.' },
            url: { ...absoluteUrl, description: "The code's permanent page." },
          },
        },
      },
    },
  };
}
