/**
 * A page's preview image (og:image), described as data: what the card says
 * and how it is laid out. The layout is a tree of plain elements in the form
 * satori reads (type, props.style, props.children), so it can be tested and
 * hashed without rendering anything.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card says. Every string is shown as text, never interpreted. */
export interface PreviewCard {
  /** Small line above the headline: the category of a code, "处理指南" for a guide. */
  kicker: string;
  /** The largest text: a code ("100014") or a page title. */
  headline: string;
  /** True when the headline is a code: set in very large type. */
  headlineIsCode: boolean;
  /** A short title under the headline (a code's own title). */
  title?: string;
  /** A label in front of the body, e.g. "官方原文" when the body quotes official text. */
  bodyLabel?: string;
  /** The body, cut to three lines with an ellipsis. */
  body: string;
  /** The site's name, at the foot of the card. */
  siteName: string;
}

export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

/** Colours of the card: its own opaque background, so it reads the same in light and dark chat themes. */
export const CARD_COLOURS = {
  background: '#ffffff',
  band: '#0b57d0',
  code: '#0b57d0',
  text: '#1b1f24',
  soft: '#4f5863',
  rule: '#d5d9df',
  labelBackground: '#fff8e1',
  labelText: '#7a4a00',
} as const;

const PADDING_X = 72;
const INNER_WIDTH = CARD_WIDTH - 2 * PADDING_X;
/** The body is cut after this many lines, with an ellipsis. */
export const BODY_MAX_LINES = 3;

const el = (style: CardElement['props']['style'], children?: CardElement['props']['children']): CardElement => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The card's element tree, for satori; fontFamily names the fonts the renderer loads. */
export function cardLayout(card: PreviewCard, fontFamily: string): CardElement {
  const { headline, headlineIsCode } = card;
  const headlineStyle: CardElement['props']['style'] = headlineIsCode
    ? { fontSize: 124, fontWeight: 700, lineHeight: 1.05, color: CARD_COLOURS.code, letterSpacing: 2 }
    : { fontSize: 64, fontWeight: 700, lineHeight: 1.3, color: CARD_COLOURS.text, lineClamp: 2 };
  const body: CardElement[] = [];
  if (card.bodyLabel) {
    body.push(
      el(
        {
          display: 'flex',
          alignSelf: 'flex-start',
          fontSize: 26,
          fontWeight: 700,
          color: CARD_COLOURS.labelText,
          backgroundColor: CARD_COLOURS.labelBackground,
          padding: '2px 14px',
          borderRadius: 6,
          marginBottom: 10,
        },
        card.bodyLabel,
      ),
    );
  }
  body.push(
    el(
      {
        display: 'block',
        width: INNER_WIDTH,
        fontSize: 34,
        lineHeight: 1.45,
        color: CARD_COLOURS.soft,
        lineClamp: BODY_MAX_LINES,
      },
      card.body,
    ),
  );
  const main: CardElement[] = [
    el({ display: 'flex', fontSize: 30, fontWeight: 700, color: CARD_COLOURS.code }, card.kicker),
    el({ display: 'block', width: INNER_WIDTH, marginTop: 8, ...headlineStyle }, headline),
  ];
  if (card.title) {
    main.push(
      el(
        {
          display: 'block',
          width: INNER_WIDTH,
          marginTop: 4,
          fontSize: 50,
          fontWeight: 700,
          lineHeight: 1.3,
          color: CARD_COLOURS.text,
          lineClamp: 1,
        },
        card.title,
      ),
    );
  }
  main.push(el({ display: 'flex', flexDirection: 'column', marginTop: 18 }, body));
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: CARD_COLOURS.background,
      borderTop: `18px solid ${CARD_COLOURS.band}`,
      padding: `36px ${PADDING_X}px 30px`,
      fontFamily,
    },
    [
      el({ display: 'flex', flexDirection: 'column' }, main),
      el(
        {
          display: 'flex',
          borderTop: `2px solid ${CARD_COLOURS.rule}`,
          paddingTop: 14,
          fontSize: 28,
          color: CARD_COLOURS.soft,
        },
        card.siteName,
      ),
    ],
  );
}

/** Every character a card shows, for subsetting the fonts. */
export function cardText(card: PreviewCard): string {
  return [card.kicker, card.headline, card.title ?? '', card.bodyLabel ?? '', card.body, card.siteName, '…'].join('');
}
