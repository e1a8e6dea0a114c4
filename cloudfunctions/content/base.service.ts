/** Volunteer service bases (志愿服务基地), public reading. Their activities are events (listEvents by base). */
import type { OutputOf, ParsedInputOf } from '../../shared/api';
import type { BaseCard } from '../../shared/actions/content.schema';
import { AppError } from '../../shared/errors';
import { C } from '../_platform/collections';
import type { CallContext } from '../_platform/route';
import type { BaseDoc } from './story.records';

function toBaseCard(b: BaseDoc): BaseCard {
  return {
    id: b.id,
    name: b.name,
    orgName: b.orgName,
    areas: b.areas,
    leaderNames: b.leaderNames,
    description: b.description,
  };
}

export async function listBases(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'listBases'>,
): Promise<OutputOf<'content', 'listBases'>> {
  const page = await ctx.ports.store.find<BaseDoc>(C.bases, {
    where: { status: 'active' },
    orderBy: [{ field: 'name', direction: 'asc' }],
    limit: 20,
    cursor: input.cursor ?? null,
  });
  return { items: page.items.map(toBaseCard), nextCursor: page.nextCursor };
}

export async function getBase(
  ctx: CallContext,
  input: ParsedInputOf<'content', 'getBase'>,
): Promise<OutputOf<'content', 'getBase'>> {
  const base = await ctx.ports.store.get<BaseDoc>(C.bases, input.id);
  if (!base || base.status !== 'active') throw new AppError('NOT_FOUND', '志愿服务基地不存在');
  return toBaseCard(base);
}
