/** Shared by the diagnosis tests: run the real diagnosis and pick one check's findings. */
import { diagnose, type Diagnosis } from '../../../src/lib/diagnose/diagnose';
import type { Finding } from '../../../src/lib/diagnose/finding';
import { errorFiles } from '../../support/corpus';

/** The documented codes, from the content files themselves (not from the code under test). */
export const documentedCodes = new Set(errorFiles.map((e) => e.code));

export const run = (input: string): Diagnosis => diagnose(input, (code) => documentedCodes.has(code));

export function findings(input: string, check?: string): Finding[] {
  const result = run(input);
  if (result.kind !== 'request') throw new Error(`not diagnosed as a known request: ${result.kind}`);
  return check ? result.findings.filter((f) => f.check === check) : result.findings;
}

export { CORRECT_REQUESTS as CORRECT } from '../../fixtures/diagnose-requests';
