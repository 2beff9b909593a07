/** What each diagnosis check says about a request, in the site's locale. */
import { messagesIn } from './format';
import { zhCNDiagnoseChecks } from './zh-CN.diagnose-checks';

export const diagnoseChecksText = messagesIn({ 'zh-CN': zhCNDiagnoseChecks });
