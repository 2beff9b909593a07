/** The header search box's strings in the site's locale: the one table the script every page runs before any interaction carries. */
import { messagesIn } from './format';
import { zhCNSearchBox } from './zh-CN.search-box';

export const searchBoxText = messagesIn({ 'zh-CN': zhCNSearchBox });
