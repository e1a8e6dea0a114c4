/** The `nomination` function: selection rounds and nominations under 一报告两审核三公示. */
import { nominationActions } from '../../shared/actions/nomination.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import { getNomination, listNominations, saveDraft, todo } from './nomination.service';
import { amendRound, createRound, getRound, listRounds, openRound } from './round.service';
import {
  closeNotice,
  confer,
  openNotice,
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
  saveDraft: { idempotent: true, handle: saveDraft },
  recordRecommendation: { idempotent: true, handle: recordRecommendation },
  // The first submission of a round also freezes the round: a concurrent edit of the round (or
  // another first submission) moves it, and the service runs again on fresh reads.
  submit: { idempotent: true, retryOnConflict: 1, handle: submit },
  review: { idempotent: true, handle: review },
  recordConsent: { idempotent: true, handle: recordConsent },
  openNotice: { idempotent: true, handle: openNotice },
  closeNotice: { idempotent: true, handle: closeNotice },
  signConsultation: { idempotent: true, handle: signConsultation },
  recordInspection: { idempotent: true, handle: recordInspection },
  recordDetermination: { idempotent: true, handle: recordDetermination },
  // The honour extends a shared model worker record: run again if it moved meanwhile.
  confer: { idempotent: true, retryOnConflict: 1, handle: confer },
  submitUpward: { idempotent: true, handle: submitUpward },
  replace: { idempotent: true, handle: replace },
  withdraw: { idempotent: true, handle: withdraw },
  listNominations: { handle: listNominations },
  getNomination: { handle: getNomination },
  todo: { handle: todo },
};

export function createNominationFunction(ports: Ports): FunctionHandler {
  return createHandler('nomination', nominationActions, nominationRoutes, ports);
}
