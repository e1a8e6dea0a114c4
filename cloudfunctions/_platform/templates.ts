/**
 * Subscribe message templates (订阅消息). Their ids come from configuration: the environment
 * variables below, set on the functions that send (cloudbaserc.json `envVariables`, or the CloudBase
 * console); README's deploy section lists them with the keywords each template must have. Without
 * one, the id is the placeholder `unconfigured:<key>`: the local outbox records it as it is, and the
 * production notifier skips the message with a log line instead of calling WeChat.
 */

export const TEMPLATE_ENV = {
  /** A nomination reached a stage this organization (or department) owns: 待办提醒. */
  nominationTodo: 'LAOMO_TPL_NOMINATION_TODO',
  /** The running notice of a nomination closes soon: 截止提醒. */
  nominationDeadline: 'LAOMO_TPL_NOMINATION_DEADLINE',
  /** An organization lost its last cadre who reviews nominations: 工作交接提醒. */
  handover: 'LAOMO_TPL_HANDOVER',
  /** A notice closed: 公示结束提醒, to the publishing organization's cadres. */
  noticeClosed: 'LAOMO_TPL_NOTICE_CLOSED',
  /** An objection was concluded: 异议办理结果 (case number, result, nominee). */
  objectionConcluded: 'LAOMO_TPL_OBJECTION_CONCLUDED',
} as const;
export type TemplateKey = keyof typeof TEMPLATE_ENV;

export const UNCONFIGURED_PREFIX = 'unconfigured:';

/** Read per call (no I/O at module load; a redeploy with new variables takes effect at once). */
export function templateId(key: TemplateKey, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[TEMPLATE_ENV[key]]?.trim();
  return value ? value : `${UNCONFIGURED_PREFIX}${key}`;
}

export function isConfigured(template: string): boolean {
  return !template.startsWith(UNCONFIGURED_PREFIX);
}

/** WeChat's limits on a value: `thing` ≤ 20 characters. */
export function thing(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
}

/** `time` values in Shanghai time: `2026年10月13日 17:00`. */
export function timeZh(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
