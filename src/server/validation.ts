// Turns schema issues into one readable sentence for an error reply.
import type { core } from 'zod';

export function describeIssues(issues: readonly core.$ZodIssue[]): string {
  return issues.slice(0, 5).map((issue) => `${issue.path.length ? issue.path.join('.') : 'message'}: ${issue.message}`).join('; ');
}
