/** The diagnosis page's own strings (labels, severities, the ticket) in the site's locale. */
import { messagesIn } from './format';
import { zhCNDiagnose } from './zh-CN.diagnose';

export const diagnoseText = messagesIn({ 'zh-CN': zhCNDiagnose });
