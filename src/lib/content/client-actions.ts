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

/**
 * Each text field is written in Chinese and in English (`label`, `labelEn`),
 * as content fields are; pages read it through localized().
 */
export interface ClientAction {
  id: ClientActionId;
  label: string;
  labelEn: string;
  /** One sentence telling the reader what to do. */
  advice: string;
  adviceEn: string;
  /** What a program receiving the code can rely on; published in /errors.json. */
  contract: ActionContract;
}

/**
 * How often a program may send the failed request again, unchanged or with a
 * fresh credential: `once` after the step the action names, `backoff` with
 * growing waits, `never` until something else changes.
 */
export const RETRY_POLICIES = ['once', 'backoff', 'never'] as const;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

/** The action as a program can act on it, without reading the page. */
export interface ActionContract {
  /** One sentence: what the program does. */
  summary: string;
  summaryEn: string;
  /** Whether, and how, an automatic retry of the failed request helps. */
  retry: RetryPolicy;
  /** True when a person (the user, the developer or the platform's support) must act before it can succeed. */
  userMustAct: boolean;
}

export const CLIENT_ACTIONS: Record<ClientActionId, ClientAction> = {
  'refresh-token': {
    id: 'refresh-token',
    label: '刷新令牌后重试',
    labelEn: 'Refresh the token, then retry',
    advice: '用 refresh token 换取新的 access token，然后把原请求重试一次。',
    adviceEn: 'Exchange the refresh token for a new access token, then retry the original request once.',
    contract: {
      summary: '程序自己处理：用刷新令牌换取新的访问令牌，再把原请求重发一次；刷新失败时改按“让用户重新授权”处理。',
      summaryEn:
        'The program handles it: exchange the refresh token for a new access token, then resend the request once; if the refresh fails, handle it as reauthorize.',
      retry: 'once',
      userMustAct: false,
    },
  },
  reauthorize: {
    id: 'reauthorize',
    label: '让用户重新授权',
    labelEn: 'Send the user through authorization again',
    advice: '丢弃当前的令牌或授权码，引导用户重新走一遍授权流程。',
    adviceEn: 'Discard the current token or authorization code and take the user through the authorization flow again.',
    contract: {
      summary: '程序停止重试，丢弃当前的令牌或授权码，请用户重新授权。',
      summaryEn: 'The program stops retrying, discards the current token or code and asks the user to authorize again.',
      retry: 'never',
      userMustAct: true,
    },
  },
  'fix-request': {
    id: 'fix-request',
    label: '修正请求或配置',
    labelEn: 'Fix the request or app configuration',
    advice: '修改请求参数、应用配置或用户数据后再发；原样重试不会成功。',
    adviceEn:
      'Change the request parameters, the app configuration or the user data before sending again; retrying it unchanged will not succeed.',
    contract: {
      summary: '程序不要自动重试：开发者修正请求、应用配置或用户数据之后才能成功。',
      summaryEn:
        'The program must not retry automatically: it succeeds only after the developer fixes the request, the app configuration or the user data.',
      retry: 'never',
      userMustAct: true,
    },
  },
  'retry-later': {
    id: 'retry-later',
    label: '稍后退避重试',
    labelEn: 'Retry later with backoff',
    advice: '这是暂时性的服务端问题：按指数退避稍后重试，写操作先确认状态再重发。',
    adviceEn:
      'This is a temporary server-side problem: retry later with exponential backoff; for a write, check its state before sending it again.',
    contract: {
      summary: '程序可以按指数退避自动重试，限制次数；写操作重发前先确认上一次是否已生效。',
      summaryEn:
        'The program may retry automatically with exponential backoff and a limited number of attempts; before resending a write, check whether the last one took effect.',
      retry: 'backoff',
      userMustAct: false,
    },
  },
  'contact-support': {
    id: 'contact-support',
    label: '联系平台支持',
    labelEn: 'Contact platform support',
    advice: '只有 WPS 开放平台能处理：整理请求信息后联系官方支持渠道。',
    adviceEn:
      'Only the WPS Open Platform can resolve this: gather the details of the request, then contact its official support channels.',
    contract: {
      summary: '程序不要自动重试：只有 WPS 开放平台能处理，由开发者联系平台支持。',
      summaryEn:
        'The program must not retry automatically: only the WPS Open Platform can resolve it; the developer contacts its support.',
      retry: 'never',
      userMustAct: true,
    },
  },
};
