// Imported as text so that the build bundles it: nothing reads the file
// system at render time.
import officialListText from '../../content/official-list.yaml?raw';
import { formatProblem } from '../lib/content/file-problem';
import { parseOfficialListRecord, type OfficialListInfo } from '../lib/content/official-list-record';
import { allSources } from './sources';

const { info, problems } = parseOfficialListRecord(officialListText, allSources);
if (!info) throw new Error(problems.map(formatProblem).join('\n'));

/** When the official list was received, where WPS publishes it and its public archive. */
export const OFFICIAL_LIST: OfficialListInfo = info;
