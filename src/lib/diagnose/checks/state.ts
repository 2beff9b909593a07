/**
 * The authorize link carries an unguessable `state`, and the callback brings
 * it back. It is what ties the callback to the user's session (RFC 6749 §10.12).
 */
import { guide, type Check } from '../finding';
import { sentParams } from '../request';

/** Values copied from documentation or tests instead of generated per request. */
const PLACEHOLDER_STATE = /^(?:state|xyz|abc|test|123|1234|12345|123456|0|1|random|csrf|none|null|undefined)$/i;

export const stateCheck: Check = {
  id: 'state',
  label: 'state 存在且不是固定值',
  guides: [guide('authorization-code', 'authorize'), guide('authorization-code', 'callback')],
  codes: [],
  appliesTo: (endpoint) =>
    endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize' || endpoint.id === 'callback',
  run: ({ request, endpoint }) => {
    const callback = endpoint.id === 'callback';
    const section = guide('authorization-code', callback ? 'callback' : 'authorize');
    const state = sentParams(request).find((p) => p.name === 'state');
    if (!state) {
      return [
        {
          check: 'state',
          severity: 'warning',
          title: callback
            ? '回调里没有 `state`：无法确认这次回调来自你自己发起的授权（CSRF 风险）。'
            : '授权链接没有 `state`：回调时无法确认请求来自你自己（CSRF 风险），也无法找回用户进入授权前的上下文。',
          fragment: '（没有 state）',
          fix: callback
            ? '授权链接里带上 `state`；回调时与会话中保存的值逐字比较，缺失或不一致就拒绝，不要去换令牌。'
            : '每次发起授权时用密码学安全的随机数生成 `state`，保存在用户会话里，回调时逐字比较。',
          consequence: {},
          guide: section,
        },
      ];
    }
    if (PLACEHOLDER_STATE.test(state.value.trim())) {
      return [
        {
          check: 'state',
          severity: 'warning',
          title: `\`state\` 是固定值 \`${state.value}\`，起不到防 CSRF 的作用。`,
          fragment: state.raw,
          fix: '每次授权生成新的随机 `state`（例如 16 字节随机数的十六进制），与用户会话绑定。',
          consequence: {},
          guide: section,
        },
      ];
    }
    return [];
  },
};
