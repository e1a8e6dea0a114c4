/** The `nomination` function: selection rounds and nominations under 一报告两审核三公示. */
import { nominationActions } from '../../shared/actions/nomination.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { getNomination, listNominations, saveDraft, todo } from './nomination.service';
import { amendRound, createRound, getRound, listReviewerDepartments, listRounds, openRound } from './round.service';
import { exportForm, exportReport, exportSlate } from './slate.export';
import { getSlate, overrideSlate } from './slate.service';
import {
  closeNotice,
  confer,
  recordConsent,
  recordDetermination,
  recordInspection,
  recordRecommendation,
  replace,
  review,
  signConsultation,
  submit,
  submitUpward,
  withdraw,
} from './workflow.service';

export const nominationRoutes: RouteTable<'nomination'> = {
  createRound: { idempotent: true, handle: createRound },
  openRound: { idempotent: true, handle: openRound },
  getRound: { handle: getRound },
  listRounds: { handle: listRounds },
  amendRound: { idempotent: true, handle: amendRound },
  listReviewerDepartments: { handle: listReviewerDepartments },
  saveDraft: { idempotent: true, handle: saveDraft },
  recordRecommendation: { idempotent: true, handle: recordRecommendation },
  // The first submission of a round also freezes the round: a concurrent edit of the round (or
  // another first submission) moves it, and the service runs again on fresh reads.
  submit: { idempotent: true, retryOnConflict: 1, handle: submit },
  // Leaving a running notice marks the nominee `left` on the public notice, which another nominee
  // of the same notice may have moved meanwhile: run again on fresh reads.
  review: { idempotent: true, retryOnConflict: 1, handle: review },
  // Going up touches the sending organization's slate record (decision 0007): run again on fresh
  // reads when another nomination went up with it meanwhile (its quota is then checked anew).
  recordConsent: { idempotent: true, retryOnConflict: 1, handle: recordConsent },
  // Opening a notice is `notice.openNotice` (one public notice for several nominees).
  closeNotice: { idempotent: true, retryOnConflict: 1, handle: closeNotice },
  signConsultation: { idempotent: true, handle: signConsultation },
  recordInspection: { idempotent: true, handle: recordInspection },
  recordDetermination: { idempotent: true, retryOnConflict: 1, handle: recordDetermination },
  // The honour extends a shared model worker record: run again if it moved meanwhile.
  confer: { idempotent: true, retryOnConflict: 1, handle: confer },
  submitUpward: { idempotent: true, retryOnConflict: 1, handle: submitUpward },
  replace: { idempotent: true, retryOnConflict: 1, handle: replace },
  withdraw: { idempotent: true, retryOnConflict: 1, handle: withdraw },
  listNominations: { handle: listNominations },
  getNomination: { handle: getNomination },
  todo: { handle: todo },
  getSlate: { handle: getSlate },
  overrideSlate: { idempotent: true, handle: overrideSlate },
  // Exports write a file and a log entry: a retried request replays the file it made.
  exportSlate: { idempotent: true, handle: exportSlate },
  exportReport: { idempotent: true, handle: exportReport },
  exportForm: { idempotent: true, handle: exportForm },
};

export function createNominationFunction(ports: Ports): FunctionHandler {
  return createHandler('nomination', nominationActions, nominationRoutes, ports);
}
