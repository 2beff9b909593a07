/**
 * Every interface string of the zh-CN edition, under flat `area.key` names.
 * `{name}` marks a value filled in at the call site. Content (messages,
 * explanations, guides) lives in content/, not here.
 */
export const zhCN = {
  'site.name': 'WPS 开放平台全局错误码',
  'site.tagline': '每个全局错误码的官方原文、含义、原因与处理方法',
  'site.skipToMain': '跳到正文',

  'nav.label': '主导航',
  'nav.allCodes': '全部错误码',
  'nav.categories': '分类',
  'nav.guides': '处理指南',
  'nav.diagnose': '请求诊断',
  'nav.breadcrumb': '当前位置',

  'search.label': '搜索错误码或报错信息',
  'search.placeholder': '错误码、报错信息或关键词',
  'search.hint':
    '按 Enter：如果内容里有错误码（包括粘贴的 JSON 响应），直接打开该错误码页面；否则打开搜索结果。按 / 键可随时回到搜索框。',
  'search.clear': '清除',

  'footer.supportLabel': '官方支持渠道（WPS 开放平台原文）：',
  'footer.disclaimer':
    '{site}是独立整理的参考站点，不是 WPS 官方网站。错误码的官方说明逐字引用并标注为「官方原文」；其余解释、原因与处理建议由本站整理，不代表 WPS 官方。',
  'footer.exportNote': '（机器可读的全部错误码）',
  'footer.search': '搜索',
  'footer.lookup': '按错误码查找',

  'section.meaning': '含义',
  'section.causes': '常见原因',
  'section.fix': '解决方法',
  'section.example': '示例响应',
  'section.related': '相关',
  'section.sources': '依据',
  'section.codes': '本指南可以解决的错误码',
  'guide.noResolvedCodes': '本页讲的是另一套错误码，没有全局错误码把它列为处理方法；各节列出了最接近的全局错误码。',
  'section.anchorLabel': '本节链接',

  'toc.label': '本页内容',
  'toc.summary': '本页内容',

  'code.kicker': '{category}错误码',
  'code.retiredBadge': '已停用',
  'code.retiredNote': '这个错误码已不再使用；页面保留，供旧工单和日志查阅。',
  'code.officialCaption': 'WPS 开放平台官方原文（逐字引用）',
  'code.officialPage': '官方页面',
  'code.officialMirror': '公开存档',
  'code.englishLabel': 'English (our translation): ',
  'code.nextStepLabel': '现在该做什么：',
  'code.actionLabel': '客户端应该：',
  'code.guidesLabel': '处理指南：',
  'code.exampleIntro':
    '旧版 {oauthapi} 接口以 {result} 字段返回错误码，响应体形如下例（示意；实际 {msg} 文本可能与官方列表不同，判断时请以 {result} 的数值为准）：',
  'code.oauthIntro': '最接近的标准 OAuth 错误（本站对照，非官方映射）：',
  'code.oauthOutro': '。新版 WPS 365 {oauth2} 接口的错误码与此表不同。',
  'code.sameMeaning': '含义相同的错误码',
  'code.related': '相关错误码',
  'code.category': '所属分类',
  'code.pagerLabel': '同一号段的相邻错误码',
  'code.previous': '← 上一个：{code}',
  'code.next': '下一个：{code} →',
  'code.guidanceNote': '除标注为「官方原文」的内容外，本页的解释、原因和处理建议均由本站整理，不是 WPS 官方声明。',
  'code.description': '{action}：{advice} 官方说明：{message}',
  'code.descriptionNoAction': '官方说明：{message}',

  'copy.link': '复制链接',
  'copy.ticket': '复制到工单',
  'copy.linkDone': '已复制链接：{text}',
  'copy.ticketDone': '已复制工单文本',
  'copy.failed': '复制失败：浏览器不允许访问剪贴板，请手动复制地址栏中的链接',

  'table.code': '错误码',
  'table.message': '官方说明',
  'table.category': '分类',
  'table.action': '建议处理',
  'table.sections': '相关章节',
  'table.captionSuffix': '错误码',

  'home.title': '全局错误码速查',
  'home.description': '{tagline}。共 {count} 个错误码，按号段分类，可按处理方式筛选。',
  'home.filterLabel': '按建议处理方式筛选：',
  'home.filterAll': '全部',
  'home.groupCount': '（{range}，{count} 个）',
  'home.filterStatus': '显示 {count} 个错误码',

  'guide.note': '本指南由本站整理，不是 WPS 官方文档；引用的官方原文均已标注。接口细节请以 WPS 开放平台文档为准。',
  'guide.breadcrumb': '处理指南',

  'searchPage.title': '搜索',
  'searchPage.description': '在全部错误码和处理指南中搜索：错误码、报错信息、中文或英文关键词。',
  'searchPage.label': '搜索错误码、报错信息或关键词：',
  'searchPage.submit': '搜索',
  'searchPage.noscript': '搜索需要 JavaScript。也可以直接打开 {path}，或在首页的表格中查找。',

  'lookupPage.title': '按错误码查找',
  'lookupPage.description': '输入错误码或粘贴整段错误响应，直接打开对应的错误码页面。',
  'lookupPage.label': '错误码或错误响应：',
  'lookupPage.submit': '查找',
  'lookupPage.browseAll': '浏览全部错误码',
} as const;
