/** The volunteer service bases (志愿服务基地), paged, for choosing the base of a volunteer activity. */
import { content } from '../api/content';
import type { BaseCard } from '../../shared/actions/content.schema';
import { usePagedList, type PagedList } from './use-paged-list';

export function useBases(): PagedList<BaseCard> {
  return usePagedList<BaseCard>(
    (cursor) => content.listBases({ cursor }),
    (b) => b.id,
  );
}
