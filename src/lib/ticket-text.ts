/**
 * The plain-text block that the "copy for ticket" button puts on the
 * clipboard: enough for a support ticket to make sense without opening the link.
 */

export interface TicketFields {
  code: number;
  message: string;
  actionLabel?: string;
  actionAdvice?: string;
  url: string;
}

export function ticketText({ code, message, actionLabel, actionAdvice, url }: TicketFields): string {
  const lines = [`WPS 开放平台错误码 ${code}`, `官方说明：${message}`];
  if (actionLabel) lines.push(`建议处理：${actionLabel}${actionAdvice ? `。${actionAdvice}` : ''}`);
  lines.push(`详情：${url}`);
  return lines.join('\n');
}
