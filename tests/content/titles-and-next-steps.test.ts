/**
 * The title and the next step are the first things a reader sees on a code
 * page, above the details: they must be short, our own words, specific to the
 * code, and consistent with what the page tells the client to do.
 */
import { describe, expect, it } from 'vitest';
import { errorFiles, official } from '../support/corpus';

const nonZero = errorFiles.filter((e) => e.code !== 0);
const byCode = (code: number) => errorFiles.find((e) => e.code === code)!;
/** Spaces and letter case do not make a title our own words. */
const normalize = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const lengthOf = (text: string) => [...text].length;
/** Width in full-width characters: Latin letters, digits and spaces take about half a Chinese character. */
const widthOf = (text: string) => [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);

describe('titles', () => {
  it.each(errorFiles.map((e) => [e.code, e] as const))('%i has a short Chinese title in our own words', (_code, e) => {
    const { title, message } = e.data;
    expect(lengthOf(title)).toBeLessThanOrEqual(30);
    expect(title).toMatch(/\p{Script=Han}/u);
    expect(normalize(title), `${e.file}: the title repeats the official message`).not.toBe(normalize(message));
    expect(title).not.toMatch(/[,;:!?()]/); // Chinese prose takes full-width punctuation
    expect(title).not.toMatch(/[。；]$/);
  });

  it('tell every code apart', () => {
    const titles = errorFiles.map((e) => e.data.title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });
});

describe('next steps', () => {
  it('are absent on code 0 and present on every other code', () => {
    expect(byCode(0).data.nextStep).toBeUndefined();
    expect(nonZero.filter((e) => !e.data.nextStep).map((e) => e.file)).toEqual([]);
    expect(nonZero).toHaveLength(official.codes.filter((c) => c.code !== 0).length);
  });

  it.each(nonZero.map((e) => [e.code, e] as const))('%i is one advice sentence that fits a phone screen', (_code, e) => {
    const step = e.data.nextStep!;
    expect(step).toMatch(/^[^。！？]+。$/);
    // About 21 full-width characters fit on a line of a 390 px phone: at most three lines.
    expect(widthOf(step)).toBeGreaterThanOrEqual(20);
    expect(widthOf(step)).toBeLessThanOrEqual(63);
    expect(step).not.toMatch(/[,;:!?()]/);
    expect(step).not.toContain('实测');
    // Advice is ours: it never speaks for WPS or quotes the official text.
    expect(step).not.toContain('官方');
    expect(normalize(step)).not.toContain(normalize(e.data.message));
  });

  it('are specific to each code', () => {
    const steps = nonZero.map((e) => e.data.nextStep);
    expect(steps.filter((s, i) => steps.indexOf(s) !== i)).toEqual([]);
  });

  it.each(nonZero.map((e) => [e.code, e] as const))('%i agrees with the action of its page', (_code, e) => {
    const step = e.data.nextStep!;
    switch (e.data.action) {
      case 'refresh-token':
        expect(step).toContain('刷新令牌');
        break;
      case 'renew-token':
        // A token with no refresh token is obtained again, never "refreshed" with one.
        expect(step).toContain('重新获取');
        expect(step).not.toMatch(/用刷新令牌|refresh_token/);
        break;
      case 'user-action':
        expect(step).toMatch(/提示用户|请用户|让用户/);
        expect(step).not.toMatch(/退避/);
        break;
      case 'reauthorize':
        expect(step).toMatch(/重新授权|重新走授权码流程/);
        break;
      case 'retry-later':
        expect(step).toMatch(/退避|稍后/);
        break;
      case 'contact-support':
        expect(step).toContain('联系平台支持');
        break;
      case 'fix-request':
        // Retrying as-is never fixes a request, so backing off is never the advice.
        expect(step).not.toMatch(/退避/);
        break;
      default:
        throw new Error(`${e.file}: unexpected action ${e.data.action}`);
    }
  });

  it('say what to do now for three well-known codes', () => {
    expect(byCode(100014).data.title).toBe('访问令牌已过期');
    expect(byCode(100014).data.nextStep).toMatch(/^用刷新令牌换取新的访问令牌.*重试一次.*重新授权。$/);
    expect(byCode(100020).data.nextStep).toMatch(/^不要重试.*同一个 code 只换一次。$/);
    expect(byCode(130009).data.title).toBe('请求过于频繁');
    expect(byCode(130009).data.nextStep).toContain('指数退避');
    expect(byCode(130009).data.nextStep).toContain('随机抖动');
  });
});
