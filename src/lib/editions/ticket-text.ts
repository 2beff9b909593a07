/**
 * The plain-text block that the "copy for ticket" button puts on the
 * clipboard: enough for a support ticket to make sense without opening the link.
 */
import { t } from '../../i18n';

export interface TicketFields {
  code: number;
  message: string;
  actionLabel?: string;
  actionAdvice?: string;
  url: string;
}

export function ticketText({ code, message, actionLabel, actionAdvice, url }: TicketFields): string {
  const lines = [t('ticket.heading', { code }), t('ticket.message', { message })];
  if (actionLabel) {
    const advice = actionAdvice ? t('ticket.adviceAfterLabel', { advice: actionAdvice }) : '';
    lines.push(t('ticket.action', { label: actionLabel, advice }));
  }
  lines.push(t('ticket.details', { url }));
  return lines.join('\n');
}
