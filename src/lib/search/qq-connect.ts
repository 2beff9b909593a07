/**
 * QQ Connect (graph.qq.com) returns codes from the same table that the
 * global list's 1000xx block is worded like. A paste that carries QQ's host,
 * QQ's name or QQ's own wording comes from QQ's API: the code page says so
 * first (when opened with ?via=qq-connect) and links QQ's table.
 */

/** The block of the global list worded like QQ Connect's table. */
export const QQ_MIRRORED = { from: 100000, to: 100031 } as const;

/** The query parameter with which a QQ paste opens a code page. */
export const VIA_QQ = { name: 'via', value: 'qq-connect' } as const;

/** QQ Connect's own host and names. */
const QQ_CONNECT = /graph\.qq\.com|qq\s*互联|qq\s*connect|qq\s*登录/i;

export const isQqMirrored = (code: number): boolean => code >= QQ_MIRRORED.from && code <= QQ_MIRRORED.to;

/** True when the text names QQ Connect. */
export const mentionsQqConnect = (text: string): boolean => QQ_CONNECT.test(text.slice(0, 10_000));
