/** The strings the search results, the search and lookup pages and the not-found page show in the browser, in the site's locale. */
import { messagesIn } from './format';
import { zhCNSearchPages } from './zh-CN.search-pages';

export const searchPagesText = messagesIn({ 'zh-CN': zhCNSearchPages });
