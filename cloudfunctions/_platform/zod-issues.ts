import type { FieldIssue } from '../../shared/errors';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Zod issues as field paths and Chinese messages (the zh-CN locale is configured at start). */
export function zodIssues(error: unknown): FieldIssue[] {
  const issues = (error as { issues?: IssueLike[] }).issues ?? [];
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}
