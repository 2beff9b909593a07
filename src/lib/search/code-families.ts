/**
 * WPS uses several numbering systems. A number that is not a global code may
 * still be a real WPS error from another family; naming that family helps
 * more than a bare "not found".
 */

import { categoryOf } from '../content/categories';
import { codeFamiliesText as t } from '../../i18n/code-families';
import { apiStatusOf } from './wps365-api';

export type CodeFamilyId = 'global' | 'weboffice-callback' | 'wps365-oauth' | 'wps365-api' | 'unknown';

export interface CodeFamily {
  id: CodeFamilyId;
  name: string;
  /** What the reader should know about this family, in one or two sentences. */
  explanation: string;
  /** The family's own name for this code, when it is a known one. */
  knownName?: string;
  /** For a WPS 365 API code: the HTTP status its first three digits give. */
  httpStatus?: number;
}

/** WebOffice callback errors, as listed in WPS's WebOffice documentation. */
const WEBOFFICE_CALLBACK_CODES: Readonly<Record<number, string>> = {
  40001: 'FileTypeNotSupport',
  40002: 'InvalidToken',
  40003: 'PermissionDenied',
  40004: 'FileNotExist',
  40005: 'InvalidArgument',
  40006: 'StorageNoSpace',
  40007: 'CustomError',
  40008: 'FileNameConflict',
  40009: 'FileVersionNotExist',
  40010: 'UserNotExist',
  41001: 'FileUploadNotComplete',
  50001: 'InternalError',
};

/**
 * The only WPS 365 (oauth2) codes public material shows (third-party notes).
 * The family's list is not public, so any other 8-digit number is only
 * possibly one of its codes, and is named so.
 */
const WPS365_OAUTH_EXAMPLES: Readonly<Record<number, string>> = {
  40000001: 'invalid_request',
  40000005: 'invalid_scope',
};

export function familyOf(code: number): CodeFamily {
  if (categoryOf(code)) {
    return {
      id: 'global',
      name: t('codeFamily.globalName'),
      explanation: t('codeFamily.globalExplanation'),
    };
  }
  const weboffice = WEBOFFICE_CALLBACK_CODES[code];
  if (weboffice) {
    return {
      id: 'weboffice-callback',
      name: t('codeFamily.webofficeName'),
      explanation: t('codeFamily.webofficeExplanation'),
      knownName: weboffice,
    };
  }
  if (Number.isInteger(code) && code >= 10_000_000 && code <= 99_999_999) {
    const knownName = WPS365_OAUTH_EXAMPLES[code];
    return knownName
      ? {
          id: 'wps365-oauth',
          name: t('codeFamily.newApiName'),
          explanation: t('codeFamily.newApiExplanation'),
          knownName,
        }
      : {
          id: 'wps365-oauth',
          name: t('codeFamily.possiblyNewApiName'),
          explanation: t('codeFamily.possiblyNewApiExplanation'),
        };
  }
  const api = apiStatusOf(code);
  if (api) {
    return {
      id: 'wps365-api',
      name: t('codeFamily.apiName'),
      explanation: t('codeFamily.apiExplanation', { status: api.status }),
      httpStatus: api.status,
    };
  }
  return {
    id: 'unknown',
    name: t('codeFamily.unknownName'),
    explanation: t('codeFamily.unknownExplanation'),
  };
}
