/** The diagnosis checks' strings (src/i18n/zh-CN.diagnose-checks.ts), read with their values filled in. */
import { messagesOf } from '../../i18n/format';
import { zhCNDiagnoseChecks } from '../../i18n/zh-CN.diagnose-checks';

export const t = messagesOf(zhCNDiagnoseChecks);
