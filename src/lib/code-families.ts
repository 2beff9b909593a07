/**
 * WPS uses several numbering systems. A number that is not a global code may
 * still be a real WPS error from another family; naming that family helps
 * more than a bare "not found".
 */

import { categoryOf } from './categories';

export type CodeFamilyId = 'global' | 'weboffice-callback' | 'wps365-oauth' | 'unknown';

export interface CodeFamily {
  id: CodeFamilyId;
  name: string;
  /** What the reader should know about this family, in one or two sentences. */
  explanation: string;
  /** The family's own name for this code, when it is a known one. */
  knownName?: string;
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

/** Examples of WPS 365 (oauth2) errors, which use 8-digit codes. */
const WPS365_OAUTH_EXAMPLES: Readonly<Record<number, string>> = {
  40000001: 'invalid_request',
  40000005: 'invalid_scope',
};

export function familyOf(code: number): CodeFamily {
  if (categoryOf(code)) {
    return {
      id: 'global',
      name: 'WPS 开放平台全局错误码',
      explanation: '本站收录的就是这套错误码。',
    };
  }
  const weboffice = WEBOFFICE_CALLBACK_CODES[code];
  if (weboffice) {
    return {
      id: 'weboffice-callback',
      name: 'WebOffice 回调错误码',
      explanation:
        '这是 WPS WebOffice 回调接口的错误码（5 位数），与全局错误码是两套不同的编号，请查阅 WebOffice 的文档。',
      knownName: weboffice,
    };
  }
  if (Number.isInteger(code) && code >= 10_000_000 && code <= 99_999_999) {
    return {
      id: 'wps365-oauth',
      name: 'WPS 365 新版开放平台错误码',
      explanation:
        '新版 WPS 365 开放平台（/oauth2/ 接口）使用 8 位错误码，例如 40000001 invalid_request，与旧版全局错误码不是同一套。',
      knownName: WPS365_OAUTH_EXAMPLES[code],
    };
  }
  return {
    id: 'unknown',
    name: '未知编号',
    explanation: '这个数字不在全局错误码的任何号段内，也不像其他已知的 WPS 错误码。',
  };
}
