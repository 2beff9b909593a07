/** The names and explanations of the WPS code families a number can belong to, in the site's locale. */
import { messagesIn } from './format';
import { zhCNCodeFamilies } from './zh-CN.code-families';

export const codeFamiliesText = messagesIn({ 'zh-CN': zhCNCodeFamilies });
