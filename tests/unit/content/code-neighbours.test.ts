import { describe, expect, it } from 'vitest';
import { neighboursInCategory } from '../../../src/lib/content/code-neighbours';

const codes = [0, 100000, 100031, 100050, 100101, 110000, 110002, 120010, 120012, 130001];

describe('neighboursInCategory', () => {
  it('gives the previous and next documented code of the same range', () => {
    expect(neighboursInCategory(100031, codes)).toEqual({ previous: 100000, next: 100050 });
  });

  it('gives the nearest documented codes around an undocumented number', () => {
    expect(neighboursInCategory(100040, codes)).toEqual({ previous: 100031, next: 100050 });
    expect(neighboursInCategory(120011, codes)).toEqual({ previous: 120010, next: 120012 });
  });

  it('never crosses into another range', () => {
    expect(neighboursInCategory(100101, codes)).toEqual({ previous: 100050 });
    expect(neighboursInCategory(110000, codes)).toEqual({ next: 110002 });
    expect(neighboursInCategory(130000, codes)).toEqual({ next: 130001 });
  });

  it('has no neighbours outside the ranges or for success', () => {
    expect(neighboursInCategory(0, codes)).toEqual({});
    expect(neighboursInCategory(40002, codes)).toEqual({});
  });
});
