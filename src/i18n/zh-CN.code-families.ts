/**
 * zh-CN names and explanations of the WPS code families a number can belong
 * to. Part of the zh-CN table (zh-CN.ts spreads it in); a file of its own
 * because the not-found advice and the diagnosis show them in the browser.
 */
export const zhCNCodeFamilies = {
  'codeFamily.globalName': 'WPS 开放平台全局错误码',
  'codeFamily.globalExplanation': '本站收录的就是这套错误码。',
  'codeFamily.webofficeName': 'WebOffice 回调错误码',
  'codeFamily.webofficeExplanation':
    '这是 WPS WebOffice 回调接口的错误码（5 位数），与全局错误码是两套不同的编号，请查阅 WebOffice 的文档。',
  'codeFamily.newPlatformName': 'WPS 365 开放平台错误码',
  'codeFamily.newPlatformExplanation':
    '新版 WPS 365 开放平台（/oauth2/ 接口）使用 8 位错误码，例如 40000001 invalid_request，与旧版全局错误码不是同一套。',
  'codeFamily.unknownName': '未知编号',
  'codeFamily.unknownExplanation': '这个数字不在全局错误码的任何号段内，也不像其他已知的 WPS 错误码。',
} as const;
