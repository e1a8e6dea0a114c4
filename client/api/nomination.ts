/**
 * The `nomination` function: selection rounds and nominations under 一报告两审核三公示, as cadres and
 * department reviewers work on them (cadre subpackage only).
 */
import type { OutputOf } from '../../shared/api';
import { nominationActions } from '../../shared/actions/nomination.schema';
import { bindActions } from './bind';

export type { NominationForm, NominationView, RoundView } from '../../shared/actions/nomination.schema';

export type NominationRow = OutputOf<'nomination', 'listNominations'>['items'][number];
export type RoundRow = OutputOf<'nomination', 'listRounds'>['items'][number];
export type TodoItem = OutputOf<'nomination', 'todo'>['items'][number];
export type TimelineEntry = OutputOf<'nomination', 'getNomination'>['timeline'][number];

export const nomination = bindActions('nomination', nominationActions);
