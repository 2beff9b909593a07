/**
 * What a client should do when it receives a code. This is the site's own
 * guidance (derived from RFC 6749/6750 practice and the public WPS clients),
 * never an official WPS text. Each action is a contract a program can follow:
 * `contract` says what the program does, `retry` whether and when a retry of
 * the original request can succeed. errors.json publishes this table.
 */

export const CLIENT_ACTION_IDS = [
  'refresh-token',
  'renew-token',
  'reauthorize',
  'fix-request',
  'user-action',
  'retry-later',
  'contact-support',
] as const;

export type ClientActionId = (typeof CLIENT_ACTION_IDS)[number];

/**
 * When a retry of the original request can succeed:
 * - `once-after-renewal`: once, right after a new token has been obtained;
 * - `after-reauthorization`: only with the tokens of a new authorization by the user;
 * - `after-fix`: only after the request or the app's configuration has changed;
 * - `after-user-action`: only after the user has changed something on their side;
 * - `with-backoff`: a few times, with exponential backoff and jitter;
 * - `never`: not by the program; a person has to resolve it.
 */
export const RETRY_POLICIES = [
  'once-after-renewal',
  'after-reauthorization',
  'after-fix',
  'after-user-action',
  'with-backoff',
  'never',
] as const;

export type RetryPolicy = (typeof RETRY_POLICIES)[number];

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
  /** What a program that automates this action does, step by step, in one or two sentences. */
  contract: string;
  contractEn: string;
  retry: RetryPolicy;
}

export const CLIENT_ACTIONS: Record<ClientActionId, ClientAction> = {
  'refresh-token': {
    id: 'refresh-token',
    label: '刷新令牌后重试',
    labelEn: 'Refresh the token, then retry',
    advice: '用 refresh token 换取新的 access token，然后把原请求重试一次。',
    adviceEn: 'Exchange the refresh token for a new access token, then retry the original request once.',
    contract:
      '用保存的刷新令牌换取新的访问令牌并保存新的两个令牌，再把原请求重试一次；刷新失败或重试仍失败时，转为让用户重新授权，不再重试。',
    contractEn:
      'Exchange the stored refresh token for a new access token and save both new tokens, then retry the original request once; if the refresh or the retry fails, send the user through authorization again and stop retrying.',
    retry: 'once-after-renewal',
  },
  'renew-token': {
    id: 'renew-token',
    label: '重新获取令牌后重试',
    labelEn: 'Obtain a new token, then retry',
    advice: '用签发它的那个请求重新获取一个 RPC 令牌或应用令牌（不是用刷新令牌），然后把原请求重试一次。',
    adviceEn:
      'Obtain a new RPC token or app token with the request that issued it (not with a refresh token), then retry the original request once.',
    contract:
      '这个令牌不是用户的访问令牌，也没有刷新令牌：重新发一次签发它的请求（应用令牌用应用凭证，RPC 令牌用用户的访问令牌），用新令牌把原请求重试一次；仍失败就停止，检查令牌的种类和所用凭证。',
    contractEn:
      "This token is not the user's access token and has no refresh token: send the request that issued it again (the app's credentials for an app token, the user's access token for an RPC token) and retry the original request once with the new token; if it still fails, stop and check the kind of token and the credentials used.",
    retry: 'once-after-renewal',
  },
  reauthorize: {
    id: 'reauthorize',
    label: '让用户重新授权',
    labelEn: 'Send the user through authorization again',
    advice: '丢弃当前的令牌或授权码，引导用户重新走一遍授权流程。',
    adviceEn: 'Discard the current token or authorization code and take the user through the authorization flow again.',
    contract:
      '丢弃当前的授权码或令牌，不用它们重试；提示用户并让用户重新走授权码流程，用新拿到的令牌再发原请求。不要在没有用户参与时自动循环发起授权。',
    contractEn:
      'Discard the current authorization code or tokens and do not retry with them; tell the user and take them through the authorization-code flow again, then send the original request with the new tokens. Never start authorization in a loop without the user.',
    retry: 'after-reauthorization',
  },
  'fix-request': {
    id: 'fix-request',
    label: '修正请求或配置',
    labelEn: 'Fix the request or app configuration',
    advice: '修改请求参数或应用配置后再发；原样重试不会成功。',
    adviceEn:
      "Change the request parameters or the app's configuration before sending again; retrying it unchanged will not succeed.",
    contract:
      '不要自动重试：原样重发会得到同样的结果。记录请求和响应，交给开发者修正参数、编码或开发者后台里的配置，修正后再发。',
    contractEn:
      "Do not retry automatically: the same request gets the same answer. Log the request and the response for a developer to fix the parameters, the encoding or the app's configuration in the developer console, then send it again.",
    retry: 'after-fix',
  },
  'user-action': {
    id: 'user-action',
    label: '需要用户处理',
    labelEn: 'The user must act',
    advice: '请求本身没有问题，要由用户在自己的账号上处理（例如清理空间、换用另一类账号、开通服务），之后再试。',
    adviceEn:
      'The request itself is fine: the user must act on their own account (for example free space, sign in with another kind of account, subscribe to a service), then try again.',
    contract:
      '不要自动重试，也不要丢弃令牌：用户改变之前结果不会变。给用户一条说明原因和做法的提示，等用户处理后再由用户触发重试。',
    contractEn:
      'Do not retry automatically and do not discard the tokens: nothing changes until the user acts. Show the user a message that says why and what to do, and retry when the user asks for it after acting.',
    retry: 'after-user-action',
  },
  'retry-later': {
    id: 'retry-later',
    label: '稍后退避重试',
    labelEn: 'Retry later with backoff',
    advice: '这是暂时性的服务端问题：按指数退避稍后重试，写操作先确认状态再重发。',
    adviceEn:
      'This is a temporary server-side problem: retry later with exponential backoff; for a write, check its state before sending it again.',
    contract:
      '保留令牌，按带随机抖动的指数退避重试几次（例如至多 3 到 5 次，并设总时限）；写操作重发前先查询上一次是否已经生效。仍失败就停止并记录，持续出现时联系平台支持。',
    contractEn:
      'Keep the tokens and retry a few times with exponential backoff and jitter (for example at most 3 to 5 times within an overall time limit); before resending a write, check whether the earlier one took effect. If it still fails, stop and log it; contact platform support if it persists.',
    retry: 'with-backoff',
  },
  'contact-support': {
    id: 'contact-support',
    label: '联系平台支持',
    labelEn: 'Contact platform support',
    advice: '只有 WPS 开放平台能处理：整理请求信息后联系官方支持渠道。',
    adviceEn:
      'Only the WPS Open Platform can resolve this: gather the details of the request, then contact its official support channels.',
    contract: '停止自动重试：应用这一侧改不了结果。记录 appid、接口、时间和完整响应，由开发者联系平台支持。',
    contractEn:
      "Stop retrying automatically: nothing on the app's side changes the result. Log the appid, the endpoint, the time and the full response for a developer to contact platform support.",
    retry: 'never',
  },
};
