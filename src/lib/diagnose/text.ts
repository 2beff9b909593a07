/** The diagnosis checks' strings in the site's locale, under the short name every check uses. */
import { diagnoseChecksText } from '../../i18n/diagnose-checks';

export const t = diagnoseChecksText;
