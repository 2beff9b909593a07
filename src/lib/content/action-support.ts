/**
 * A code's `action` is what a program does on it without reading the page,
 * so it must be what the page's own words say: a body that says refreshing
 * does not help cannot carry `refresh-token`, a body that says a retry does
 * not help cannot carry `retry-later`. These checks read the body and report
 * the line where the body says otherwise. They read words, so they are
 * kept narrow: a statement under a condition, or about another code, is not
 * counted.
 */

import type { ClientActionId } from './client-actions';

export interface ActionSupportProblem {
  /** The line of the file where the body contradicts the action, or the `action:` line. */
  line: number;
  message: string;
}

interface Contradiction {
  pattern: RegExp;
  /** What the body says, in the error message. */
  says: string;
}

interface ActionRule {
  /** Words anywhere in the body that say this action does not help. */
  contradictions: Contradiction[];
  /** Words in the first step of 解决方法 that say the fix is something else. */
  firstStepIsNot?: Contradiction;
  /** Words 解决方法 must hold for the action to be its advice. */
  fixMentions?: { pattern: RegExp; what: string };
}

const DOES_NOT_HELP = '(?:也|都)?(?:无效|无用|没用|不能解决|解决不了|无济于事|帮不上|不起作用|不会成功)';

/** Rules for the actions whose meaning the bodies can contradict; an action without rules is not checked. */
export const ACTION_RULES: Partial<Record<ClientActionId, ActionRule>> = {
  'refresh-token': {
    contradictions: [
      { pattern: new RegExp(`刷新(?:令牌|访问令牌)?${DOES_NOT_HELP}`), says: 'refreshing does not help' },
      {
        pattern: /不是(?:用)?(?:刷新令牌|\s*`?refresh[ _]token`?)|不(?:需要|必|要)刷新/i,
        says: 'the fix is not a refresh with the refresh token',
      },
      // "它没有刷新令牌", not the condition "本地没有刷新令牌时".
      {
        pattern: /没有(?:刷新令牌|\s*`?refresh[ _]token`?)(?![^，。；]*时)/i,
        says: 'there is no refresh token to refresh with',
      },
    ],
    fixMentions: { pattern: /刷新|refresh_token/, what: 'a refresh of the access token' },
  },
  'retry-later': {
    contradictions: [
      {
        pattern: new RegExp(`(?:重试|重发|再试)${DOES_NOT_HELP}|不是(?:接口|程序|自动)?重试(?:能|可以|就能)解决`),
        says: 'a retry does not help',
      },
    ],
    firstStepIsNot: { pattern: /重新(?:发起)?授权/, says: 'the user authorizes again' },
    fixMentions: { pattern: /退避|稍后|重试/, what: 'a retry later' },
  },
  reauthorize: {
    contradictions: [
      {
        pattern: new RegExp(`不(?:需要|必)(?:让用户)?重新授权|重新授权${DOES_NOT_HELP}`),
        says: 'authorizing again does not help',
      },
    ],
    fixMentions: { pattern: /重新(?:走一遍|走|发起)?授权|重新登录/, what: 'authorization again' },
  },
  'contact-support': {
    contradictions: [],
    fixMentions: { pattern: /联系[^。]{0,12}支持|支持渠道/, what: 'contacting support' },
  },
  'fix-request': {
    contradictions: [{ pattern: /(?:直接|原样)重试(?:即可|就能|就可以)/, says: 'retrying as-is is enough' }],
  },
};

/**
 * A sentence that states a condition ("如果是传参错误，…不需要重新授权") or
 * speaks of another code ("120001 描述的情况，这些重试无效") is not about
 * what this code's action does.
 */
const CONDITIONAL = /如果|假如|要是|若|的话|时[，,]|\b\d{5,8}\b/;

/** The sentences of a line in which a contradiction counts; inline code blanked (`refresh_token` names a parameter). */
const plainSentences = (line: string) =>
  (line.replace(/`[^`]*`/g, 'x').match(/[^。；！？：]+[。；！？：]?/g) ?? []).filter((s) => !CONDITIONAL.test(s));

const FRONTMATTER = /^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
const FIX_HEADING = '## 解决方法';

/**
 * Where the body of a code file (`source`, the whole file) says its `action`
 * is not the fix.
 */
export function actionSupportProblems(action: ClientActionId | undefined, rawSource: string): ActionSupportProblem[] {
  const rule = action && ACTION_RULES[action];
  if (!rule) return [];
  const source = rawSource.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const bodyStart = (FRONTMATTER.exec(source)?.[0].split('\n').length ?? 1) - 1;
  const actionLine = lines.findIndex((l) => /^action:/.test(l)) + 1;
  const problems: ActionSupportProblem[] = [];
  let section = '';
  const fixLines: { line: number; text: string }[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i];
    if (/^## /.test(text)) {
      section = text.trim();
      continue;
    }
    if (section === FIX_HEADING && text.trim()) fixLines.push({ line: i + 1, text });
    const sentences = plainSentences(text);
    for (const { pattern, says } of rule.contradictions) {
      if (sentences.some((sentence) => pattern.test(sentence))) {
        problems.push({
          line: i + 1,
          message: `action "${action}" is not what the body says: it says ${says}; choose the action its ## 解决方法 describes`,
        });
      }
    }
  }
  const firstStep = fixLines.find((l) => /^\s*1\.\s/.test(l.text)) ?? fixLines[0];
  if (rule.firstStepIsNot && firstStep && rule.firstStepIsNot.pattern.test(firstStep.text)) {
    problems.push({
      line: firstStep.line,
      message: `action "${action}" is not what the body says: its first fix step is that ${rule.firstStepIsNot.says}; choose the action its ## 解决方法 describes`,
    });
  }
  if (rule.fixMentions && fixLines.length && !fixLines.some((l) => rule.fixMentions!.pattern.test(l.text))) {
    problems.push({
      line: actionLine,
      message: `action "${action}" is not supported by ## 解决方法, which never mentions ${rule.fixMentions.what}`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
