/**
 * Every collection the product stores, with its indexes: declared once. The SQLite schema is
 * derived from this list; `docs/cloudbase-indexes.md` lists the same indexes for the CloudBase
 * console; a query on a field no index names is refused by both adapters.
 */
import type { Declaration } from './store/declaration';

export const C = {
  orgs: 'orgs',
  users: 'users',
  grants: 'grants',
  invitations: 'invitations',
  stories: 'stories',
  storyStats: 'storyStats',
  storyLikes: 'storyLikes',
  campaigns: 'campaigns',
  events: 'events',
  signups: 'signups',
  bases: 'bases',
  modelWorkers: 'modelWorkers',
  selectionRounds: 'selectionRounds',
  nominations: 'nominations',
  nomineeIdentities: 'nomineeIdentities',
  slates: 'slates',
  reminders: 'reminders',
  handovers: 'handovers',
  exports: 'exports',
  notices: 'notices',
  objections: 'objections',
  objectorIdentities: 'objectorIdentities',
  feedback: 'feedback',
  files: 'files',
  audit: 'audit',
  replies: 'replies',
  rateCounters: 'rateCounters',
  outbox: 'outbox',
  meta: 'meta',
} as const;

export const DECLARATION: Declaration = [
  {
    name: C.orgs,
    indexes: [['parentId', 'status', 'name'], ['pathKey'], ['name']],
    audited: true,
    conflictShowsRecord: true,
  },
  { name: C.users, indexes: [], audited: true },
  {
    name: C.grants,
    indexes: [
      ['userId', 'status'],
      ['orgId', 'status'],
    ],
    audited: true,
  },
  {
    name: C.invitations,
    indexes: [
      ['createdBy', 'createdAt'],
      ['orgId', 'status'],
      ['status', 'expiresAt'],
    ],
    audited: true,
  },
  {
    name: C.stories,
    indexes: [
      ['status', 'publishedAt'],
      ['status', 'industry', 'publishedAt'],
      ['status', 'category', 'publishedAt'],
      ['status', 'year', 'publishedAt'],
      ['status', 'workerName'],
      ['status', 'title'],
      ['modelWorkerId', 'status'],
      ['orgPathKey'],
    ],
    audited: true,
  },
  /** Likes and views live beside the story, so readers never move a story's version. */
  { name: C.storyStats, indexes: [] },
  /** One per (story, person): id = `<storyId>:<hash of openid>`. Not audited (a preference). */
  { name: C.storyLikes, indexes: [] },
  { name: C.campaigns, indexes: [['status', 'endsAt']], audited: true },
  {
    name: C.events,
    indexes: [['status', 'startsAt'], ['status', 'kind', 'startsAt'], ['baseId', 'startsAt'], ['orgPathKey']],
    audited: true,
  },
  /** Volunteer service bases (志愿服务基地). */
  {
    name: C.bases,
    indexes: [
      ['status', 'name'],
      ['orgPathKey', 'name'],
    ],
    audited: true,
  },
  /** One per (event, person): id = `<eventId>:<hash of openid>`. */
  {
    name: C.signups,
    indexes: [
      ['userId', 'createdAt'],
      ['eventId', 'status'],
    ],
    audited: true,
  },
  /** Model worker records (minimal until the records issue): who manages each one, their honours. */
  { name: C.modelWorkers, indexes: [['orgId', 'status'], ['orgPathKey']], audited: true },
  /** Selection rounds (评选表彰（届）): configuration, frozen at the first submission, then amended. */
  {
    name: C.selectionRounds,
    indexes: [['createdAt'], ['status', 'createdAt']],
    audited: true,
  },
  /**
   * Nominations (推荐审批表). Every list is scoped to the caller's subtree (`orgPathKey` prefix),
   * narrowed by at most a few equality filters and ordered by `updatedAt` (or `name` for a search);
   * the nominee flags are filtered in the page (see nomination.service.ts). 待办 reads
   * `stageTier + status` in the subtree.
   */
  {
    name: C.nominations,
    indexes: [
      ['orgPathKey', 'updatedAt'],
      ['roundId', 'updatedAt'],
      ['roundId', 'status', 'updatedAt'],
      ['roundId', 'stageIndex', 'updatedAt'],
      ['roundId', 'titleSought', 'updatedAt'],
      ['roundId', 'name'],
      ['status', 'updatedAt'],
      ['name'],
      ['stageTier', 'status', 'orgPathKey'],
      ['replaces'],
      // The slate of an organization (decision 0007), and the near-deadline reminders.
      ['roundId', 'orgPathKey'],
      ['status', 'deadlineAt'],
    ],
    audited: true,
  },
  /**
   * One per (round, sending organization), id = `<roundId>:<orgId>`: the written override of unmet
   * composition rules (decision 0007), its history on the record's audit chain.
   */
  { name: C.slates, indexes: [], audited: true },
  /** Near-deadline reminders sent, id = `<nominationId>:<deadlineAt>`: at most one per deadline. */
  { name: C.reminders, indexes: [] },
  /** What a grant revocation handed over, or escalated to the parent organization (handover.ts). */
  { name: C.handovers, indexes: [['orgId', 'createdAt']], audited: true },
  /**
   * Every export written (who, what, whether it carried an ID number); the file is in storage until
   * the scheduler deletes it (`fileDeletedAt`, export.jobs.ts); the row stays as the log.
   */
  {
    name: C.exports,
    indexes: [
      ['createdBy', 'createdAt'],
      ['fileDeletedAt', 'createdAt'],
    ],
    audited: true,
  },
  /**
   * The nominee's ID number, apart from the nomination (id = the nomination's id), so no reply,
   * conflict or list ever carries it: only the masked form lives on the nomination.
   */
  { name: C.nomineeIdentities, indexes: [] },
  /** Public notices (公示): one per (round, stage, publishing organization, opening). See notice.records.ts. */
  {
    name: C.notices,
    indexes: [
      // The 公示 tab and home: listed notices still open, closing soonest first.
      ['onTab', 'closesAt'],
      // The tab filtered by organization: listed notices of a subtree.
      ['onTab', 'orgPathKey', 'closesAt'],
      // A cadre's notices (公示管理): their subtree, latest first.
      ['orgPathKey', 'closesAt'],
      ['roundId', 'stageIndex', 'orgId'],
      // One organization's notices (listByOrg: how a unit notice is reached), latest first.
      ['orgId', 'closesAt'],
      ['settledAt', 'closesAt'],
    ],
    audited: true,
  },
  /** Objections (异议) as cases; the objector's identity is apart, in `objectorIdentities`. */
  {
    name: C.objections,
    indexes: [
      ['nominationId', 'createdAt'],
      ['noticeId', 'createdAt'],
      ['filerKey', 'createdAt'],
      ['orgPathKey', 'status', 'dueAt'],
      ['caseNo'],
      // Lower tiers: verifications handed to them; cases on their nominees (redacted).
      ['verificationOrgPathKey', 'createdAt'],
      ['nomineeOrgPathKey', 'createdAt'],
      // Scheduler: the content re-check of `pending` texts; identities due for erasure.
      ['contentCheck', 'createdAt'],
      ['identityErasedAt', 'identityEraseAt'],
      // The hand-over on a grant's revocation: open cases assigned through that grant.
      ['assigneeGrantId', 'status'],
    ],
    audited: true,
  },
  /** id = the objection's id. Never listed; read only through audited actions of handling cadres. */
  { name: C.objectorIdentities, indexes: [], audited: true },
  /**
   * Feedback (意见反馈) and leads on outstanding workers (推荐线索). Senders list theirs by `senderKey`
   * (a hash of the openid); cadres list a kind in their subtree, optionally assigned to them; the
   * scheduler re-checks `checkStatus: pending` and erases items past `eraseAt` (absent while open).
   */
  {
    name: C.feedback,
    indexes: [
      ['senderKey', 'createdAt'],
      ['orgPathKey', 'kind', 'status', 'createdAt'],
      ['assigneeId', 'status', 'createdAt'],
      // The hand-over on a grant's revocation: open items of a kind assigned through that grant.
      ['assigneeGrantId', 'kind', 'status'],
      ['checkStatus', 'createdAt'],
      ['eraseAt'],
    ],
    audited: true,
  },
  { name: C.files, indexes: [['status', 'createdAt']] },
  /** Audit entries: id = `<collection>/<recordId>#<seq>`, so a chain is a prefix range. */
  { name: C.audit, indexes: [['recordKey', 'seq'], ['at']] },
  /** Stored replies of submissions, for idempotent retries. */
  { name: C.replies, indexes: [] },
  { name: C.rateCounters, indexes: [] },
  { name: C.outbox, indexes: [['toOpenid', 'createdAt'], ['createdAt']] },
  /** Singletons: setup code, seed marker, calendar overrides. */
  { name: C.meta, indexes: [], audited: true },
];
