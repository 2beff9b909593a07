import { describe, expect, it } from 'vitest';
import { relationProblems, symmetricRelations } from '../../../src/lib/content/relations';

describe('symmetricRelations', () => {
  it('shows a pair declared once on both codes', () => {
    const map = symmetricRelations([
      { code: 130031, targets: [130007] },
      { code: 130002, targets: [100020] },
    ]);
    expect(map.get(130007)).toEqual([130031]);
    expect(map.get(130031)).toEqual([130007]);
    expect(map.get(100020)).toEqual([130002]);
  });

  it('merges several declarations into one sorted list', () => {
    const map = symmetricRelations([
      { code: 3, targets: [1] },
      { code: 2, targets: [3] },
    ]);
    expect(map.get(3)).toEqual([1, 2]);
  });
});

describe('relationProblems', () => {
  const exists = (code: number) => [1, 2, 3].includes(code);

  it('accepts well-formed declarations', () => {
    expect(
      relationProblems(
        [
          { code: 2, targets: [1] },
          { code: 3, targets: [1, 2] },
        ],
        exists,
      ),
    ).toEqual([]);
  });

  it('rejects a pair declared on both sides', () => {
    const problems = relationProblems(
      [
        { code: 2, targets: [1] },
        { code: 1, targets: [2] },
      ],
      exists,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 1, target: 2 });
    expect(problems[0].problem).toMatch(/already declared in 2/);
  });

  it('rejects self-references and unknown codes', () => {
    const problems = relationProblems([{ code: 2, targets: [2, 9] }], exists);
    expect(problems.map((p) => p.target)).toEqual([2, 9]);
  });
});
