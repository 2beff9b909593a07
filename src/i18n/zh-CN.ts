/**
 * Every interface string of the zh-CN edition, under flat `area.key` names.
 * `{name}` marks a value filled in at the call site. Content (messages,
 * explanations, guides) lives in content/, not here.
 */
import { zhCNCodeFamilies } from './zh-CN.code-families';
import { zhCNDiagnose } from './zh-CN.diagnose';
import { zhCNDiagnoseChecks } from './zh-CN.diagnose-checks';
import { zhCNSearchBox } from './zh-CN.search-box';
import { zhCNSearchPages } from './zh-CN.search-pages';

export const zhCN = {
  ...zhCNSearchBox,
  ...zhCNSearchPages,
  ...zhCNDiagnose,
  ...zhCNDiagnoseChecks,
  ...zhCNCodeFamilies,

  'site.name': 'WPS 开放平台全局错误码',
  'site.tagline': '每个全局错误码的官方原文、含义、原因与处理方法',
  'site.skipToMain': '跳到正文',

  'changes.title': '更新记录',
  'changes.feedTitle': '{site} · 更新记录',
  'changes.description': '本站各错误码页面和处理指南改了什么、何时改的，最新的在前。',
  'changes.intro': '本站各错误码页面和处理指南的修订，最新的在前；每条链接到改动的页面或章节。也可以用 {feed} 订阅。',
  'changes.entryTitle': '{page}：{note}',
  'changes.feedLink': 'Atom 订阅源',
  'changes.tableCaption': '修订记录',
  'changes.date': '日期',
  'changes.page': '页面',
  'changes.note': '改动',
  'changes.empty': '还没有修订记录。',
  'footer.changes': '更新记录',

  'report.link': '报告本页问题',
  'report.hint': '发现哪里不对或过时？点此提交，页面地址和标题已填好。',
  'report.subject': '报告本页问题：{title}',
  'report.body':
    '页面：{title}\n地址：{url}\n\n哪里不对（请引用原句）：\n\n应该是什么，依据是什么（链接或你看到的响应）：\n',

  'preview.officialLabel': '官方原文',
  'preview.guideKicker': '处理指南',
  'preview.homeKicker': '{count} 个全局错误码',
  'preview.codeAlt': '错误码 {code}（{category}）：{title}',
  'preview.pageAlt': '{kicker}：{title}',

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
  'code.qqNotice':
    '你粘贴的内容来自 QQ 互联（graph.qq.com）的接口：{code} 是 QQ 互联自己的返回码，请先按它的文档处理。本页是 WPS 开放平台的同号错误码，措辞与 QQ 互联的表几乎相同。QQ 互联的说明：',
  'code.officialCaption': 'WPS 开放平台官方原文（逐字引用）',
  'code.officialPage': '官方页面',
  'code.officialMirror': '公开存档',
  'code.officialReceived': '收录于 {date}',
  'page.reviewed': '最后核对 {date}',
  'page.reviewedTitle': '本页文字最后一次对照所引资料核对的日期',
  'code.englishLabel': 'English (our translation): ',
  'code.nextStepLabel': '现在该做什么：',
  'code.actionLabel': '客户端应该：',
  'code.guidesLabel': '处理指南：',
  'code.exampleIntro':
    '旧版 {oauthapi} 接口以 {result} 字段返回错误码，响应体形如下例（示意；实际 {msg} 文本可能与官方列表不同，判断时请以 {result} 的数值为准）：',
  'code.about': '本站归类（搜索据此理解你的描述）：对象 {subjects}；问题 {problems}。',
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

  'list.separator': '、',
  'list.labelEnd': '：',
  'sources.kindLabel': '（{kind}）',

  'notFoundPage.title': '页面不存在',
  'notFoundPage.description': '这个地址没有页面。可以搜索错误码，或浏览全部错误码。',
  'notFoundPage.didYouMean': '你要找的是 {link} 吗？正在打开它的页面…',
  'notFoundPage.codeLinkPlaceholder': '错误码',
  'notFoundPage.suggestions':
    '这个地址没有对应的页面。可以用页首的搜索框查找错误码或报错信息（按 {key} 键聚焦），或者：',
  'notFoundPage.browseAll': '浏览全部错误码',
  'notFoundPage.guides': '查看处理指南',
  'notFoundPage.search': '打开搜索页',
  'notFoundPage.diagnose': '诊断一个 OAuth 请求',
  'notFoundPage.diagnoseNote': '（授权链接、令牌请求或回调地址）',

  'categoriesPage.title': '错误码分类',
  'categoriesPage.description': '全局错误码按号段分为授权认证、组织与用户、文件与存储、开放平台服务四类，0 表示成功。',
  'categoriesPage.intro': '全局错误码的分类由号段决定：前三位相同的错误码属于同一类。',
  'categoriesPage.count': '{count} 个错误码',

  'category.titleWithRange': '{title}（{range}）',
  'categoryPage.description': '{summary} 共 {count} 个错误码。',
  'categoryPage.intro': '{summary} 本分类共有 {count} 个错误码。',
  'categoryPage.tableCaption': '{title}的全部错误码',

  'guidesPage.title': '处理指南',
  'guidesPage.description': 'OAuth 授权、令牌刷新、回调地址、权限申请、应用凭证和退避重试的处理指南。',
  'guidesPage.intro':
    '错误码页面告诉你出了什么错；这些指南讲清楚背后的流程，以及怎样改代码和配置。指南由本站整理，不是 WPS 官方文档。',
  'guidesPage.count': '解决 {count} 个错误码',
  'guidesPage.newApiCount': '处理 WPS 365 新版接口的 {count} 种 OAuth 错误（8 位错误码，不在全局错误码表里）',
  'guidesPage.noCodes': '不对应全局错误码表中的编号',

  'searchFilter.category': '分类',
  'searchFilter.guide': '指南',

  'formats.label': '本页的其他格式：',
  'checkRequest.link': '检查你的请求',
  'checkRequest.note': '：粘贴授权链接、令牌请求或回调地址，在浏览器里找出参数、编码和回调地址的问题。',
  'aliases.heading': '也可能显示为：',
  'aliases.qqHeading':
    'QQ 互联（graph.qq.com）错误码表中同一编号的措辞（本段错误码的措辞与那张表几乎相同）。这是 QQ 互联自己的文字，不是 WPS 的响应：',
  'aliases.kindSymbolic': '响应中的符号名',
  'aliases.kindEnglish': '英文措辞',
  'aliases.kindPhrasing': '其他说法',
  'aliases.note': '（{kind}；{origin}）',
  'aliases.source': '来源：{source}',
  'aliases.reported': '有开发者报告在 WPS 的响应中见到，非官方定义',
  'errorBody.intro': '如果你的服务把这个错误转告自己的调用方，可以用本页地址标明错误类型：',
  'errorBody.problemType': 'RFC 9457 问题详情的 {field}（{standard}）',
  'errorBody.oauthUri': 'OAuth 错误响应的 {field}（{standard}）',
  'errorBody.problemExample': 'RFC 9457 问题详情示例',
  'errorBody.oauthExample': 'OAuth 错误响应示例',
  'callout.label': '{label}：',
  'officialQuote.caption': '错误码 {code} 的 WPS 开放平台官方原文（逐字引用）',
  'newPlatformTable.error': '{msg}（错误名）',
  'newPlatformTable.codes': '已见错误码',
  'newPlatformTable.desc': '{desc} 中可辨认的说法',
  'newPlatformTable.sections': '处理章节',
  'newPlatformTable.nearest': '最接近的全局错误码',

  'home.intro':
    '接口返回 {example} 这样的错误时，在页首搜索框输入或粘贴错误码、整段响应或报错文字，按 Enter 即可打开对应页面。 下表列出官方列表中的全部 {count} 个错误码：「官方说明」一栏逐字引用 WPS 开放平台原文，「建议处理」是本站的建议。',
  'home.officialList': '「官方说明」取自 WPS 开放平台的全局错误码页面，本站收录于 {date}；可在{archive}核对原文。',
  'lookupPage.intro': '每个错误码都有固定地址 {path}。也可以把错误码或整段响应放在 {param} 参数里，例如 {example}。',
  'lookupPage.codePath': '{path}错误码/',
  'code.oauthReference': '（{link}）',
  'code.categorySummary': '：{summary}',

  'ticket.heading': 'WPS 开放平台错误码 {code}',
  'ticket.message': '官方说明：{message}',
  'ticket.action': '建议处理：{label}{advice}',
  'ticket.adviceAfterLabel': '。{advice}',
  'ticket.details': '详情：{url}',
  'callout.note': '说明',
  'callout.tip': '提示',
  'callout.warning': '注意',
  'errorBody.heading': '在自己的 API 错误响应里指向本页',

  'sources.kindOfficialWps': 'WPS 官方文档',
  'sources.kindStandard': '标准',
  'sources.kindOfficialQqConnect': 'QQ 互联官方文档',
  'sources.kindSdk': 'SDK 或工具源码，不是接口文档',
  'sources.kindThirdPartyNotes': '第三方笔记',
  'sources.kindMirror': '官方页面的公开镜像',
  'sources.intro': '本页关于接口和平台行为的说明，依据以下公开资料；其余内容是本站的建议。',
  'sources.none': '本页没有引用公开资料：除官方原文外，内容是本站的一般性建议。',

  'shortLink.title': '错误码 {code}',
  'shortLink.opening': '正在打开 ',
  'shortLink.openingAfter': '…',

  'codeMarkdown.webEdition': '网页版：',
  'codeMarkdown.jsonEdition': ' · JSON：',
  'codeMarkdown.retired': '这个错误码已停用；页面保留，供旧工单和日志查阅。',
  'codeMarkdown.actionLabel': '客户端应该',
  'codeMarkdown.action': '：{label}。{advice}',
  'codeMarkdown.nextStepLabel': '现在就做',
  'codeMarkdown.officialReceived': '（官方列表收录于 {date}，公开存档：{archive}）',
  'codeMarkdown.nextStep': '：{step}',
  'codeMarkdown.guides': '处理指南',
  'codeMarkdown.previous': '上一个：',
  'codeMarkdown.next': '下一个：',

  'guideMarkdown.errorName': '错误名（msg）',
  'guideMarkdown.descPhrase': 'debug.desc 中的说法',

  'llms.summary':
    'WPS 开放平台（open.wps.cn）全局错误码的参考：每个错误码的官方原文（逐字引用）、英文译文、客户端该怎么做，以及含义、常见原因与处理方法；另有 OAuth 授权流程的处理指南。',
  'llms.officialNote': '只有标为「官方原文」的消息是 WPS 的原话；其余内容是本站整理的建议，不是 WPS 官方声明。',
  'llms.editions':
    '每个页面都有 Markdown 版：把页面地址末尾的“/”换成“.md”，例如 <{markdown}>。每个错误码还有 JSON 版（<{json}>）；全部错误码在 <{export}>，其 JSON Schema 在 <{schema}>。',
  'llms.codeNote': '{message} 客户端应该：{action}',
  'llms.guides': '处理指南',
  'llms.machineReadable': '机器可读',
  'llms.exportNote': '全部错误码的结构化数据',
  'llms.schemaNote': '上述数据的 JSON Schema',
  'llms.fullNote': '全部错误码页面的 Markdown，合为一个文件',

  'diagnosePage.title': '请求诊断',
  'diagnosePage.description':
    '粘贴 WPS 开放平台的授权链接、令牌请求、回调地址或错误响应，在浏览器里检查参数、方法、编码和回调地址哪里不对。',
  'diagnosePage.intro':
    '把授权链接、换取或刷新令牌的请求（URL、原始 HTTP 或 {curl} 命令）、WPS 跳回你应用的回调地址，或接口返回的错误响应粘贴到下面，边输入边检查：参数名与接口代别、必填参数、请求方法、请求体编码、{redirect_uri}编码、{scope} 分隔符、{state} 等。',
  'diagnosePage.privacy':
    '输入不会离开你的浏览器：诊断过程不发送任何网络请求（只在你第一次点进输入框时加载本站自己的检查脚本），不保存输入，也不把输入写进地址栏。即便如此，建议粘贴前把密钥换成占位符。',
  'diagnosePage.inputLabel': '粘贴请求、回调地址或错误响应：',
  'diagnosePage.formats':
    '支持：旧版 {oldAuthorize}、{oldToken}、{oldRefresh}；WPS 365 {newAuthorize}、{newToken}；回调地址；{errorBody} 形式的错误响应。',
  'diagnosePage.noscript': '诊断需要 JavaScript。也可以对照下面列出的检查项和处理指南自行核对。',
  'diagnosePage.copy': '复制诊断到工单（隐藏密钥）',
  'diagnosePage.checksHeading': '检查哪些内容',
  'diagnosePage.checksIntro':
    '每一项都依据公开的 WPS 文档、公开的 SDK 源码或 OAuth 标准；对应的错误码是本站的对照，不是官方映射。新版{oauth2} 接口的错误使用另一套未公开的错误码，这里只给出对应的标准 OAuth 错误名。',
  'diagnosePage.checkCodes': '；错误码 ',
} as const;
