import { CATEGORIES } from '../lib/categories';
import type { LlmsTxtInput } from '../lib/llms-txt';
import { t } from '../i18n';
import { paths } from '../lib/urls';
import { absoluteUrl } from '../href';
import type { Catalog } from './catalog';

/** The title, summary and notes that open /llms.txt and /llms-full.txt. */
export function llmsHeader(site: URL | undefined): Pick<LlmsTxtInput, 'title' | 'summary' | 'details'> {
  const url = (path: string) => absoluteUrl(site, path);
  return {
    title: t('site.name'),
    summary:
      'WPS 开放平台（open.wps.cn）全局错误码的参考：每个错误码的官方原文（逐字引用）、英文译文、客户端该怎么做，以及含义、常见原因与处理方法；另有 OAuth 授权流程的处理指南。',
    details: [
      '只有标为「官方原文」的消息是 WPS 的原话；其余内容是本站整理的建议，不是 WPS 官方声明。',
      `每个页面都有 Markdown 版：把页面地址末尾的“/”换成“.md”，例如 <${url(paths.codeMarkdown(100014))}>。每个错误码还有 JSON 版（<${url(paths.codeJson(100014))}>）；全部错误码在 <${url(paths.export())}>，其 JSON Schema 在 <${url(paths.exportSchema())}>。`,
    ],
  };
}

/** /llms.txt: every code page and guide, as links to their Markdown editions. */
export function llmsInput(catalog: Catalog, site: URL | undefined): LlmsTxtInput {
  const url = (path: string) => absoluteUrl(site, path);
  const codeSections = CATEGORIES.map((category) => ({
    name: `${category.title}（${category.rangeLabel}）`,
    links: catalog.codes
      .filter((c) => c.category.slug === category.slug)
      .map((c) => ({
        name: `${c.code} ${c.data.title}`,
        url: url(paths.codeMarkdown(c.code)),
        note: c.action ? `${c.data.messageEn} 客户端应该：${c.action.label}` : c.data.messageEn,
      })),
  })).filter((s) => s.links.length > 0);
  return {
    ...llmsHeader(site),
    sections: [
      ...codeSections,
      {
        name: '处理指南',
        links: catalog.guides.map((g) => ({
          name: g.entry.data.title,
          url: url(paths.guideMarkdown(g.entry.id)),
          note: g.entry.data.summary,
        })),
      },
      {
        name: '机器可读',
        links: [
          { name: 'errors.json', url: url(paths.export()), note: '全部错误码的结构化数据' },
          { name: 'errors.schema.json', url: url(paths.exportSchema()), note: '上述数据的 JSON Schema' },
          { name: 'llms-full.txt', url: url(paths.llmsFull()), note: '全部错误码页面的 Markdown，合为一个文件' },
        ],
      },
    ],
  };
}
