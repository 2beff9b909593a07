import { describe, expect, it } from 'vitest';
import { guideSections, parseGuideRef } from '../../../src/lib/content/guide-refs';

describe('parseGuideRef', () => {
  it('splits slug and section', () => {
    expect(parseGuideRef('token-refresh#expired')).toEqual({ slug: 'token-refresh', section: 'expired' });
  });

  it.each(['token-refresh', '#expired', 'Token#x', 'a#b c', 'a#-b'])('rejects %j', (ref) => {
    expect(parseGuideRef(ref)).toBeUndefined();
  });
});

describe('guideSections', () => {
  it('reads the ids and titles of <Section> tags in order', () => {
    const mdx =
      '<Section id="one" title="一">\n\nx\n\n</Section>\n<Section title="二" id="two">\n</Section>\n<Steps id="no">\n<Section title="无 id">';
    expect(guideSections(mdx)).toEqual([
      { id: 'one', title: '一' },
      { id: 'two', title: '二' },
    ]);
  });
});
