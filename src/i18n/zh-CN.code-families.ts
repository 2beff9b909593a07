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
  'codeFamily.newApiName': 'WPS 365 新版接口的错误码',
  'codeFamily.newApiExplanation':
    '有开发者报告，WPS 365 新版接口（/oauth2/）失败时返回过 8 位的 40000001 invalid_request 和 40000005 invalid_scope；它们与全局错误码不是同一套编号。',
  'codeFamily.possiblyNewApiName': '可能是 WPS 365 新版接口的错误码',
  'codeFamily.possiblyNewApiExplanation':
    '这个 8 位数字不是公开资料里见过的那两个。有开发者报告 WPS 365 新版接口（/oauth2/）返回过 8 位的 40000001 和 40000005，但它的错误码列表（《状态码说明》）没有公开，无法确认这个数字属于哪一套编号。',
  'codeFamily.apiName': 'WPS 365 开放接口（v7）错误码',
  'codeFamily.apiExplanation':
    '这是 WPS 365 开放接口的 9 位错误码，不属于全局错误码。公开的例子中前 3 位就是 HTTP 状态码（这里是 {status}），后 6 位的含义没有公开列表，下面按状态码给出方向。',
  'codeFamily.unknownName': '未知编号',
  'codeFamily.unknownExplanation': '这个数字不在全局错误码的任何号段内，也不像其他已知的 WPS 错误码。',
} as const;
