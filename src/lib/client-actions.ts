/**
 * What a client should do when it receives a code. This is the site's own
 * guidance (derived from RFC 6749/6750 practice), never an official WPS text.
 */

export const CLIENT_ACTION_IDS = [
  'refresh-token',
  'reauthorize',
  'fix-request',
  'retry-later',
  'contact-support',
] as const;

export type ClientActionId = (typeof CLIENT_ACTION_IDS)[number];

export interface ClientAction {
  id: ClientActionId;
  label: string;
  labelEn: string;
  /** One sentence telling the reader what to do. */
  advice: string;
}

export const CLIENT_ACTIONS: Record<ClientActionId, ClientAction> = {
  'refresh-token': {
    id: 'refresh-token',
    label: '刷新令牌后重试',
    labelEn: 'Refresh the token, then retry',
    advice: '用 refresh token 换取新的 access token，然后把原请求重试一次。',
  },
  reauthorize: {
    id: 'reauthorize',
    label: '让用户重新授权',
    labelEn: 'Send the user through authorization again',
    advice: '丢弃当前的令牌或授权码，引导用户重新走一遍授权流程。',
  },
  'fix-request': {
    id: 'fix-request',
    label: '修正请求或配置',
    labelEn: 'Fix the request or app configuration',
    advice: '修改请求参数、应用配置或用户数据后再发；原样重试不会成功。',
  },
  'retry-later': {
    id: 'retry-later',
    label: '稍后退避重试',
    labelEn: 'Retry later with backoff',
    advice: '这是暂时性的服务端问题：按指数退避稍后重试，写操作先确认状态再重发。',
  },
  'contact-support': {
    id: 'contact-support',
    label: '联系平台支持',
    labelEn: 'Contact platform support',
    advice: '只有 WPS 开放平台能处理：整理请求信息后联系官方支持渠道。',
  },
};
