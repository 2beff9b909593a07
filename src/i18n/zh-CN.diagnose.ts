/**
 * zh-CN strings of the request diagnosis that run in the browser: the
 * rendered findings, the short status under the input, the copy button's
 * status and the ticket text. Part of
 * the zh-CN table (zh-CN.ts spreads it in); a file of its own so the
 * diagnosis scripts carry only these strings, not the whole table.
 */
export const zhCNDiagnose = {
  'diagnose.severityError': '错误：',
  'diagnose.severityWarning': '提醒：',
  'diagnose.fragment': '片段：',
  'diagnose.fix': '修正：',
  'diagnose.possibleCode': '可能得到的全局错误码：',
  'diagnose.standardError': '对应的标准 OAuth 错误：',
  'diagnose.standardErrorNote':
    '。WPS 365 oauth2 接口按官方文档返回另一套错误码（《状态码说明》），没有资料表明它会返回本站收录的全局错误码。',
  'diagnose.guide': '参见指南：',
  'diagnose.standardErrorLink': '（{link}）',
  'diagnose.responseDocumented': '这是一个错误响应，错误码 ',
  'diagnose.sentenceEnd': '。',
  'diagnose.openCode': '打开错误码 {code} 的页面',
  'diagnose.openCodeAfter': '：含义、常见原因和解决方法。',
  'diagnose.responseUndocumented': '错误码 {code} 不在全局错误码列表里。',
  'diagnose.nearbyCodes': '查看 {code} 附近的已收录错误码',
  'diagnose.responseStandardError': '响应里的标准 OAuth 错误：',
  'diagnose.unrecognized':
    '没有识别出请求或错误码。请粘贴以 https:// 开头的完整地址、以 GET / POST 开头的原始 HTTP 请求、curl 命令，或包含 result / code 的错误响应。',
  'diagnose.truncated': '输入太长，只检查了前 20,000 个字符。',
  'diagnose.unknownEndpoint': '没有识别出 WPS 授权接口：',
  'diagnose.unknownEndpointAfter':
    ' 不是 /oauthapi/v2/authorize、/oauthapi/v2/token、/oauthapi/v2/token/refresh、/oauth2/auth 或 /oauth2/token，也不是带 code 或 error 参数的回调地址。',
  'diagnose.recognizedAs': '识别为：',
  'diagnose.allPassed': '没有发现问题：下面这些检查都通过了。',
  'diagnose.errorCount': '发现 {count} 个错误{warnings}。',
  'diagnose.warningCount': '、{count} 个提醒',
  'diagnose.statusNoProblem': '没有发现问题。',
  'diagnose.statusResponse': '识别为错误码 {code} 的错误响应。',
  'diagnose.statusStandardError': '识别为标准 OAuth 错误 {name}。',
  'diagnose.statusUnrecognized': '没有识别出请求或错误码。',
  'diagnose.statusUnknownEndpoint': '没有识别出 WPS 授权接口。',
  'diagnose.statusLink': '查看诊断结果',
  'diagnose.copied': '已复制诊断（密钥、令牌和 code 已隐藏）',
  'diagnose.copyFailed': '复制失败：浏览器不允许访问剪贴板',

  'diagnoseTicket.error': '错误',
  'diagnoseTicket.warning': '提醒',
  'diagnoseTicket.fragment': '   片段：{text}',
  'diagnoseTicket.fix': '   修正：{text}',
  'diagnoseTicket.code': '   可能的全局错误码：{code}（{url}）',
  'diagnoseTicket.standardError': '   对应的标准 OAuth 错误：{name}',
  'diagnoseTicket.guide': '   指南：{url}',
  'diagnoseTicket.heading': '请求诊断（在浏览器本地完成；密钥、令牌和 code 已隐藏）',
  'diagnoseTicket.endpoint': '接口：{label}',
  'diagnoseTicket.request': '请求：{method} {host}{path}',
  'diagnoseTicket.noMethod': '（未注明方法）',
  'diagnoseTicket.params': '参数：',
  'diagnoseTicket.allPassed': '没有发现问题。已检查：{checks}。',
  'diagnoseTicket.checkSeparator': '；',
  'diagnoseTicket.problemCount': '发现 {count} 个问题：',
  'diagnoseTicket.tool': '诊断工具：{url}',
} as const;
