/**
 * zh-CN strings shown in the browser by the search results, the search and
 * lookup pages and the not-found page. Part of the zh-CN table (zh-CN.ts
 * spreads it in); a file of its own so those scripts carry only these
 * strings, not the whole table.
 */
export const zhCNSearchPages = {
  'searchResults.kindCode': '错误码',
  'searchResults.kindGuide': '指南章节',
  'searchResults.kindCategory': '分类',
  'searchResults.kindPage': '页面',

  'searchStatus.empty': '输入错误码、报错信息或关键词开始搜索。',
  'searchStatus.searching': '正在搜索…',
  'searchStatus.openCode': '打开错误码 {code} 的页面',
  'searchStatus.codeInQuery': '查询内容中包含错误码：',
  'searchStatus.indexFailed': '搜索索引加载失败，请稍后重试。',
  'searchStatus.found': '找到 {count} 条结果',
  'searchStatus.noHits': '没有找到结果。试试更短的关键词，或直接输入错误码。',

  'lookupStatus.opening': '正在打开错误码 {code}…',
  'lookupStatus.noCode': '没有在输入中找到错误码。',
  'lookupStatus.searchInstead': '改为全文搜索这段内容',

  'notFound.codeLink': '错误码 {code}',

  'numberAdvice.title': '{code} 不是已收录的全局错误码',
  'numberAdvice.knownName': '（{name}）',
  'numberAdvice.globalRange':
    '它位于「{category}」（{range}）号段，但官方全局错误码列表中没有这个编号。号段中相邻的已收录错误码：',
  'numberAdvice.otherFamily': '它看起来属于{family}{known}。{explanation}本站收录的是 WPS 开放平台全局错误码。',
  'numberAdvice.previous': '{code}（号段内的前一个）',
  'numberAdvice.next': '{code}（号段内的后一个）',
  'numberAdvice.category': '{category}分类的全部错误码',
  'numberAdvice.allCodes': '全部错误码',
  'numberAdvice.apiGuide': 'WPS 365 开放接口的 9 位错误码：按 HTTP {status} 排查',
  'numberAdvice.nearestCode': '{title}（旧版接口中相近的错误）',
} as const;
