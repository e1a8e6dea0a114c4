/**
 * A story as the editor holds it: the form's fields as typed (strings, nothing trimmed yet) and the
 * body as a list of blocks — paragraph, heading, quote, image — never HTML: no block has a place
 * for markup, and every text is sent and shown as plain text. Pure: the checks mirror
 * `storyInputSchema` (shared/actions/promotion.schema.ts), which the server applies again.
 */
import { STORY_CATEGORIES } from '../../shared/actions/content.schema';
import type { InputOf, OutputOf } from '../../shared/api';
import type { ErrorReply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH } from '../../shared/errors';
import type { RenderedBlock } from '../../shared/story-blocks';

export type StoryCategory = (typeof STORY_CATEGORIES)[number];
export type BlockType = 'paragraph' | 'heading' | 'quote' | 'image';

export type EditorBlock =
  | { key: string; type: 'paragraph' | 'heading'; text: string }
  | { key: string; type: 'quote'; text: string; cite: string }
  | { key: string; type: 'image'; fileId: string; url: string; alt: string; caption: string };

export interface ImageRef {
  fileId: string;
  /** Where it shows now: the server's URL, or the local file just chosen. */
  url: string;
}

/**
 * The person's consent to publication, kept on the story when the person has no model worker
 * record: the statement they signed, the day (YYYY-MM-DD) and the signed document's picture.
 */
export interface ConsentDraft {
  statement: string;
  signedOn: string;
  document: ImageRef | null;
}

export interface StoryDraft {
  title: string;
  summary: string;
  cover: ImageRef | null;
  /** Kept from the loaded story (records are linked elsewhere). */
  modelWorkerId?: string;
  workerName: string;
  unitName: string;
  org: { id: string; name: string } | null;
  industry: string;
  category: StoryCategory | null;
  year: string;
  blocks: EditorBlock[];
  /** Absent in drafts kept on the device before it existed: read as empty. */
  consent?: ConsentDraft;
}

export const EMPTY_CONSENT: ConsentDraft = { statement: '', signedOn: '', document: null };

export const BLOCK_ZH: Record<BlockType, string> = {
  paragraph: '段落',
  heading: '小标题',
  quote: '引用',
  image: '图片',
};
export const MAX_BLOCKS = 200;

export type StoryInput = InputOf<'promotion', 'saveStory'>['story'];
type Managed = OutputOf<'promotion', 'getManagedStory'>;

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `b${Date.now().toString(36)}${counter}`;
}

export function emptyBlock(type: BlockType): EditorBlock {
  const key = newKey();
  if (type === 'quote') return { key, type, text: '', cite: '' };
  if (type === 'image') return { key, type, fileId: '', url: '', alt: '', caption: '' };
  return { key, type, text: '' };
}

export function emptyDraft(year: number): StoryDraft {
  return {
    title: '',
    summary: '',
    cover: null,
    workerName: '',
    unitName: '',
    org: null,
    industry: '',
    category: null,
    year: String(year),
    blocks: [emptyBlock('paragraph')],
    consent: EMPTY_CONSENT,
  };
}

/** The editor's copy of a stored story; `images` shows its pictures, `orgName` its organization. */
export function fromManaged({ story: s, images }: Managed, orgName: string): StoryDraft {
  const urlOf = (fileId: string) => images.find((i) => i.fileId === fileId)?.url ?? '';
  return {
    title: s.title,
    summary: s.summary,
    cover: { fileId: s.coverFileId, url: s.coverUrl || urlOf(s.coverFileId) },
    ...(s.modelWorkerId ? { modelWorkerId: s.modelWorkerId } : {}),
    workerName: s.workerName,
    unitName: s.unitName,
    org: { id: s.orgId, name: orgName },
    industry: s.industry,
    category: s.category,
    year: String(s.year),
    blocks: s.blocks.map((b): EditorBlock => {
      const key = newKey();
      if (b.type === 'image')
        return { key, type: 'image', fileId: b.fileId, url: urlOf(b.fileId), alt: b.alt, caption: b.caption ?? '' };
      if (b.type === 'quote') return { key, type: 'quote', text: b.text, cite: b.cite ?? '' };
      return { key, type: b.type, text: b.text };
    }),
    consent: s.consent
      ? {
          statement: s.consent.statement,
          signedOn: s.consent.signedOn,
          document: { fileId: s.consent.documentFileId, url: urlOf(s.consent.documentFileId) },
        }
      : EMPTY_CONSENT,
  };
}

/** Whether the story must carry the person's consent itself (no model worker record to hold it). */
export function needsOwnConsent(d: StoryDraft): boolean {
  return !d.modelWorkerId;
}

/** What is missing from the consent on the story, by field (empty when it is complete). */
export function checkConsent(c: ConsentDraft | undefined): StoryErrors {
  const v = c ?? EMPTY_CONSENT;
  const found: Record<string, string | null> = {
    'consent.statement': between(v.statement, 10, 300, '同意声明'),
    'consent.signedOn': v.signedOn ? null : '请选择签署日期',
    'consent.documentFileId': v.document ? null : '请上传本人签字的同意书',
  };
  const errors: StoryErrors = {};
  for (const [k, m] of Object.entries(found)) if (m) errors[k] = m;
  return errors;
}

function consentStarted(c: ConsentDraft | undefined): boolean {
  return !!c && (c.statement.trim() !== '' || c.signedOn !== '' || c.document !== null);
}

// ---------------------------------------------------------------------------------------------
// Block operations (each returns a new list)
// ---------------------------------------------------------------------------------------------

export function addBlock(blocks: EditorBlock[], type: BlockType): EditorBlock[] {
  return blocks.length >= MAX_BLOCKS ? blocks : [...blocks, emptyBlock(type)];
}

/** Moves the block at `index` one place up (-1) or down (+1); at an end, nothing moves. */
export function moveBlock(blocks: EditorBlock[], index: number, step: -1 | 1): EditorBlock[] {
  const to = index + step;
  if (index < 0 || index >= blocks.length || to < 0 || to >= blocks.length) return blocks;
  const next = [...blocks];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function removeBlock(blocks: EditorBlock[], index: number): EditorBlock[] {
  return blocks.filter((_, i) => i !== index);
}

export function updateBlock(blocks: EditorBlock[], index: number, patch: Partial<EditorBlock>): EditorBlock[] {
  return blocks.map((b, i) => (i === index ? ({ ...b, ...patch } as EditorBlock) : b));
}

// ---------------------------------------------------------------------------------------------
// Checks, and the server's issues placed on the same fields
// ---------------------------------------------------------------------------------------------

/** Field keys: `title`, `coverFileId`, …, and for the body `blocks` or `blocks.<i>.<field>`. */
export type StoryErrors = Record<string, string>;

const len = (text: string) => [...text.trim()].length;

function between(text: string, min: number, max: number, name: string): string | null {
  if (len(text) === 0) return `请填写${name}`;
  if (len(text) < min || len(text) > max)
    return min === max ? `${name}应为 ${min} 个字` : `${name}应为 ${min}–${max} 个字`;
  return null;
}

function upTo(text: string, max: number, name: string): string | null {
  return len(text) > max ? `${name}不能超过 ${max} 个字` : null;
}

const BLOCK_TEXT_MAX: Record<'paragraph' | 'heading' | 'quote', number> = { paragraph: 2000, heading: 60, quote: 500 };

export function checkStory(d: StoryDraft): StoryErrors {
  const year = Number(d.year);
  const found: Record<string, string | null> = {
    title: between(d.title, 4, 40, '标题'),
    summary: between(d.summary, 10, 120, '摘要'),
    coverFileId: d.cover ? null : '请上传封面图片',
    workerName: between(d.workerName, 2, 20, '劳模姓名'),
    unitName: between(d.unitName, 2, 40, '工作单位'),
    orgId: d.org ? null : '请选择所属组织',
    industry: between(d.industry, 2, 20, '行业'),
    category: d.category ? null : '请选择荣誉类别',
    year: /^\d{4}$/.test(d.year.trim()) && year >= 1950 && year <= 2100 ? null : '请填写 1950–2100 之间的年份',
    blocks: d.blocks.length === 0 ? '正文至少需要一块内容' : null,
  };
  d.blocks.forEach((b, i) => {
    const at = `blocks.${i}`;
    if (b.type === 'image') {
      found[`${at}.fileId`] = b.fileId ? null : '请上传图片';
      found[`${at}.alt`] = len(b.alt) === 0 ? '请填写图片说明，供视障读者收听' : upTo(b.alt, 120, '图片说明');
      found[`${at}.caption`] = upTo(b.caption, 120, '图注');
    } else {
      found[`${at}.text`] =
        len(b.text) === 0 ? '请填写内容，或删除这一块' : upTo(b.text, BLOCK_TEXT_MAX[b.type], '内容');
      if (b.type === 'quote') found[`${at}.cite`] = upTo(b.cite, 60, '出处');
    }
  });
  const errors: StoryErrors = {};
  for (const [k, v] of Object.entries(found)) if (v) errors[k] = v;
  // A consent begun must be complete to save (the server takes all three or none); publishing needs it.
  if (needsOwnConsent(d) && consentStarted(d.consent)) Object.assign(errors, checkConsent(d.consent));
  return errors;
}

/** What the server takes: texts trimmed, empty optional fields left out. */
export function toInput(d: StoryDraft): StoryInput {
  return {
    title: d.title.trim(),
    summary: d.summary.trim(),
    coverFileId: d.cover?.fileId ?? '',
    ...(d.modelWorkerId ? { modelWorkerId: d.modelWorkerId } : {}),
    workerName: d.workerName.trim(),
    unitName: d.unitName.trim(),
    orgId: d.org?.id ?? '',
    industry: d.industry.trim(),
    category: d.category ?? STORY_CATEGORIES[0],
    year: Number(d.year),
    ...(needsOwnConsent(d) && d.consent?.document
      ? {
          consent: {
            statement: d.consent.statement.trim(),
            signedOn: d.consent.signedOn,
            documentFileId: d.consent.document.fileId,
          },
        }
      : {}),
    blocks: d.blocks.map((b) => {
      if (b.type === 'image') {
        const caption = b.caption.trim();
        return { type: 'image' as const, fileId: b.fileId, alt: b.alt.trim(), ...(caption ? { caption } : {}) };
      }
      if (b.type === 'quote') {
        const cite = b.cite.trim();
        return { type: 'quote' as const, text: b.text.trim(), ...(cite ? { cite } : {}) };
      }
      return { type: b.type, text: b.text.trim() };
    }),
  };
}

/** The body as readers get it (the reader's `StoryBlocks` renders it); unfinished blocks are left out. */
export function toRendered(blocks: EditorBlock[]): RenderedBlock[] {
  return blocks.flatMap((b): RenderedBlock[] => {
    if (b.type === 'image') {
      if (!b.fileId) return [];
      const caption = b.caption.trim();
      return [{ type: 'image', url: b.url, alt: b.alt.trim(), ...(caption ? { caption } : {}) }];
    }
    const text = b.text.trim();
    if (!text) return [];
    if (b.type === 'quote') {
      const cite = b.cite.trim();
      return [{ type: 'quote', text, ...(cite ? { cite } : {}) }];
    }
    return [{ type: b.type, text }];
  });
}

/** Where a generic message says nothing, the field's rule. */
const HINTS: Record<string, string> = {
  title: '标题应为 4–40 个字',
  summary: '摘要应为 10–120 个字',
  workerName: '劳模姓名应为 2–20 个字',
  unitName: '工作单位应为 2–40 个字',
  industry: '行业应为 2–20 个字',
  year: '请填写 1950–2100 之间的年份',
  coverFileId: '请重新上传封面图片',
  fileId: '请重新上传图片',
  alt: '图片说明应为 1–120 个字',
  statement: '同意声明应为 10–300 个字',
  signedOn: '请选择签署日期',
  documentFileId: '请重新上传签字的同意书',
};

/**
 * The server's field issues (`['story', 'coverFileId']`, `['story', 'blocks', 3, 'alt']`) on the
 * editor's fields; `form` is the message for the foot of the page when none of them applies.
 */
export function placeStoryError(error: ErrorReply): { fields: StoryErrors; form: string | null } {
  const fields: StoryErrors = {};
  for (const issue of error.issues ?? []) {
    if (issue.path[0] !== 'story' || issue.path.length < 2) continue;
    const key = issue.path.slice(1, 4).join('.');
    if (fields[key]) continue;
    const last = String(issue.path[Math.min(issue.path.length, 4) - 1]);
    fields[key] = issue.message === ERROR_MESSAGES_ZH.BAD_REQUEST ? (HINTS[last] ?? issue.message) : issue.message;
  }
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields, form: STORY_ERROR_ZH[error.code] ?? error.message };
}

/** The refusals an editor must understand, said fully. */
export const STORY_ERROR_ZH: Partial<Record<ErrorReply['code'], string>> = {
  CONTENT_RISKY: '内容未通过安全检查：标题、摘要或正文中可能有不宜公开的内容，请修改后重试',
  CONSENT_MISSING: '该劳模尚未同意公开宣传，不能发布。请先在劳模档案中登记本人的宣传同意',
  STORY_CONSENT_MISSING:
    '故事中的人物没有劳模档案，发布前须登记本人的宣传同意：请在「本人宣传同意」中填写同意声明、签署日期，并上传签字的同意书',
  CONFLICT: '故事已被他人修改：已载入最新版本，您的修改仍保留，再次保存将以您的内容为准',
};
