/** One problem in a content file, located by file and YAML path (and line when known). */
export interface ContentIssue {
  file: string;
  path: (string | number)[];
  message: string;
  line?: number;
  column?: number;
}

export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(top level)';
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out === '' ? part : `${out}.${part}`;
  }, '');
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? '' : `:${issue.line}:${issue.column ?? 1}`;
  return `${issue.file}${where}: ${formatPath(issue.path)}: ${issue.message}`;
}

/** Thrown when content cannot be used; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in content:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
