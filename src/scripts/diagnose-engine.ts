/** Everything the diagnosis needs, loaded once the reader reaches for the textarea. */
export { diagnose } from '../lib/diagnose/diagnose';
export { diagnosisTicket } from '../lib/diagnose/ticket';
export { renderDiagnosis, renderStatus } from './diagnose-render';
