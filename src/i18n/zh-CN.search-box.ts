/**
 * zh-CN strings of the header search box's status line. Part of the zh-CN
 * table (zh-CN.ts spreads it in); a file of its own because the search box
 * runs on every page before any interaction, and so must carry only these.
 */
export const zhCNSearchBox = {
  'searchBox.hits': '{count} 条结果。',
  'searchBox.noHits': '没有找到结果。',
  'searchBox.enterCode': '{found}按 Enter 打开错误码 {code}',
  'searchBox.enterNewPlatform': '{found}按 Enter 打开 WPS 365 错误说明（{label}）',
  'searchBox.enterNumber': '{found}按 Enter 查看编号 {code} 的说明',
  'searchBox.enterResults': '{found}按 Enter 查看完整搜索结果',
  'searchBox.enterSearch': '{found}按 Enter 查看完整搜索',
  'searchBox.enterQq': '{found}按 Enter 查看：这段内容来自 QQ 互联，{code} 是它的返回码',
  'searchBox.openCode': '打开 {title}',
  'searchBox.openQq': 'QQ 互联的返回码 {code}：先看它来自哪里，再看 WPS 同号错误码',
  'searchBox.openNewPlatform': '打开 WPS 365 错误说明：{label}',
  'searchBox.unavailable': '搜索暂时不可用，请直接按错误码打开：{path}错误码/',
} as const;
