import { describe, expect, it } from 'vitest';
import { joinSections, splitErrorSections, splitRenderedSections } from '../../../src/lib/content/error-sections';

const all = ['meaning', 'causes', 'fix'] as const;

describe('splitErrorSections', () => {
  it('splits a well-formed body into its sections', () => {
    const { sections, problems } = splitErrorSections(
      '\n## 含义\n\nA\n\n## 常见原因\n\n- B\n\n## 解决方法\n\n1. C\n',
      all,
    );
    expect(problems).toEqual([]);
    expect(sections).toEqual({ meaning: 'A', causes: '- B', fix: '1. C' });
  });

  it('ignores headings inside fenced code', () => {
    const body = '## 含义\n\n```md\n## 不是标题\n```\n\n## 常见原因\n\nB\n\n## 解决方法\n\nC';
    const { sections, problems } = splitErrorSections(body, all);
    expect(problems).toEqual([]);
    expect(sections.meaning).toContain('## 不是标题');
  });

  it('reports missing, empty, unknown, repeated and misordered sections', () => {
    expect(splitErrorSections('## 含义\n\nA', all).problems).toEqual([
      'missing section "## 常见原因"',
      'missing section "## 解决方法"',
    ]);
    expect(splitErrorSections('## 含义\n\n## 常见原因\nB\n## 解决方法\nC', all).problems).toEqual([
      'section "## 含义" is empty',
    ]);
    expect(splitErrorSections('## 含义\nA\n## 备注\nX\n## 常见原因\nB\n## 解决方法\nC', all).problems[0]).toMatch(
      /unknown section "## 备注"/,
    );
    expect(splitErrorSections('## 含义\nA\n## 含义\nA\n## 常见原因\nB\n## 解决方法\nC', all).problems).toEqual([
      'section "## 含义" appears twice',
    ]);
    expect(splitErrorSections('## 常见原因\nB\n## 含义\nA\n## 解决方法\nC', all).problems[0]).toMatch(/order/);
  });

  it('reports text before the first heading', () => {
    expect(splitErrorSections('intro\n## 含义\nA', ['meaning']).problems).toEqual([
      'text before the first section heading ("## 含义")',
    ]);
  });
});

describe('joinSections and splitRenderedSections', () => {
  it('rebuild the body in template order', () => {
    expect(joinSections({ fix: '1. C', meaning: 'A' })).toBe('## 含义\n\nA\n\n## 解决方法\n\n1. C');
  });

  it('split rendered HTML back into sections by heading', () => {
    const html =
      '<h2 id="含义">含义</h2>\n<p>A</p>\n<h2 id="常见原因">常见原因</h2><ul><li>B</li></ul>\n<h2>解决方法</h2><ol><li>C</li></ol>';
    expect(splitRenderedSections(html)).toEqual({
      meaning: '<p>A</p>',
      causes: '<ul><li>B</li></ul>',
      fix: '<ol><li>C</li></ol>',
    });
  });

  it('keeps sub-headings inside their section and rejects unknown top-level ones', () => {
    expect(splitRenderedSections('<h2>含义</h2><h3>细节</h3><p>x</p>')).toEqual({ meaning: '<h3>细节</h3><p>x</p>' });
    expect(() => splitRenderedSections('<h2>备注</h2>')).toThrow(/unexpected heading "备注"/);
  });
});
