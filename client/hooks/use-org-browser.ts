/**
 * Browsing the organization tree one level at a time from a root (the caller's grant organization):
 * the trail back up to the root, the current level's children paged, retired ones on request.
 */
import { useState } from 'react';
import type { ErrorReply } from '../../shared/envelope';
import type { Org } from '../../shared/org';
import { org as orgApi } from '../api/org';
import { failure } from '../api/transport';
import { usePagedList, type PagedList } from './use-paged-list';
import { useRequest } from './use-request';

export interface OrgRoot {
  id: string;
  name: string;
  /** Already loaded: no request for it. */
  org?: Org;
}

export interface OrgBrowser {
  /** Root first, the current level last; the root carries its grant name until it has loaded. */
  trail: Array<{ id: string; name: string }>;
  /** The root organization; `null` while it loads. */
  root: Org | null;
  /** The organization whose children are listed; `null` while the root loads. */
  current: Org | null;
  /** The root is the current level. */
  atRoot: boolean;
  /** The root organization failed to load (its children may still show). */
  rootError: ErrorReply | null;
  reloadRoot: () => void;
  list: PagedList<Org>;
  open: (org: Org) => void;
  /** Back to the level at `index` in the trail. */
  backTo: (index: number) => void;
  includeRetired: boolean;
  setIncludeRetired: (on: boolean) => void;
}

/** `root` null: nothing to browse yet (the grant is loading); the list stays idle. */
export function useOrgBrowser(root: OrgRoot | null): OrgBrowser {
  const rootId = root?.id ?? '';
  const rootOrg = useRequest(
    () =>
      root?.org
        ? Promise.resolve({ ok: true as const, data: { org: root.org }, serverTime: '' })
        : rootId
          ? orgApi.get({ id: rootId })
          : Promise.resolve(failure('NOT_FOUND')),
    [rootId],
  );
  const [below, setBelow] = useState<Org[]>([]);
  const [includeRetired, setIncludeRetired] = useState(false);
  const parentId = below.length > 0 ? below[below.length - 1]!.id : rootId;
  const list = usePagedList<Org>(
    (cursor) =>
      parentId ? orgApi.children({ parentId, includeRetired, cursor }) : Promise.resolve(failure('NOT_FOUND')),
    (o) => o.id,
    `${parentId}|${includeRetired ? 'all' : 'active'}`,
  );
  const top = rootOrg.data?.org ?? null;
  return {
    trail: [{ id: rootId, name: top?.name ?? root?.name ?? '' }, ...below.map(({ id, name }) => ({ id, name }))],
    root: top,
    current: below.length > 0 ? below[below.length - 1]! : top,
    atRoot: below.length === 0,
    rootError: rootId && rootOrg.status === 'error' ? rootOrg.error : null,
    reloadRoot: () => void rootOrg.reload(),
    list,
    open: (o) => setBelow((b) => [...b, o]),
    backTo: (index) => setBelow((b) => b.slice(0, Math.max(0, index))),
    includeRetired,
    setIncludeRetired,
  };
}
