import { describe, expect, it } from 'vitest';
import {
  BODY_MAX_LINES,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardLayout,
  cardText,
  type CardElement,
  type PreviewCard,
} from '../../../src/lib/preview-image/card';

const card: PreviewCard = {
  kicker: '授权认证错误码',
  headline: '100014',
  headlineIsCode: true,
  title: 'access token 已过期',
  bodyLabel: '官方原文',
  body: '<script>alert(1)</script> access token过期。',
  siteName: 'WPS 开放平台全局错误码',
};

const texts = (node: CardElement): string[] => {
  const { children } = node.props;
  if (children === undefined) return [];
  if (typeof children === 'string') return [children];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
};
const find = (node: CardElement, text: string): CardElement | undefined => {
  const { children } = node.props;
  if (children === text) return node;
  if (children === undefined || typeof children === 'string') return undefined;
  for (const child of Array.isArray(children) ? children : [children]) {
    const hit = find(child, text);
    if (hit) return hit;
  }
  return undefined;
};

describe('cardLayout', () => {
  const tree = cardLayout(card, 'f');

  it('is 1200×630 with an opaque background of its own', () => {
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, fontFamily: 'f' });
    expect(tree.props.style.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('shows each text once, in reading order, as text (markup in content stays text)', () => {
    expect(texts(tree)).toEqual([
      '授权认证错误码',
      '100014',
      'access token 已过期',
      '官方原文',
      card.body,
      'WPS 开放平台全局错误码',
    ]);
  });

  it('cuts the body after three lines and sets the code larger than the title', () => {
    expect(BODY_MAX_LINES).toBe(3);
    expect(find(tree, card.body)!.props.style.lineClamp).toBe(3);
    expect(Number(find(tree, '100014')!.props.style.fontSize)).toBeGreaterThan(
      Number(find(tree, card.title!)!.props.style.fontSize),
    );
  });

  it('leaves out the title and label a card does not have', () => {
    const page = cardLayout(
      { ...card, headline: '刷新令牌', headlineIsCode: false, title: undefined, bodyLabel: undefined },
      'f',
    );
    expect(texts(page)).toEqual(['授权认证错误码', '刷新令牌', card.body, 'WPS 开放平台全局错误码']);
  });
});

describe('cardText', () => {
  it('holds every character the card can draw, the ellipsis included', () => {
    const text = cardText(card);
    for (const part of texts(cardLayout(card, 'f'))) expect(text).toContain(part);
    expect(text).toContain('…');
  });
});
