/**
 * A problem found in a content file. Every problem names the file (and the
 * line and field where it has them), because the person who fixes it starts
 * from the build log.
 */
export interface FileProblem {
  file: string;
  /** The line in the file, when the problem is on one. */
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem({ file, line, field, message }: FileProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where}: field "${field}": ${message}` : `${where}: ${message}`;
}
