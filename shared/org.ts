/**
 * The organization tree (三级体系): district federation → middle tier → grassroots unions.
 * The tier follows from the kind; a cadre's tier is the tier of the organization of their grant.
 */
import * as z from 'zod/mini';

export const ORG_KINDS = [
  'districtFederation',
  'subdistrict',
  'area',
  'functionalZone',
  'industryUnion',
  'grassroots',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const TIERS = ['district', 'middle', 'grassroots'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_OF_KIND: Record<OrgKind, Tier> = {
  districtFederation: 'district',
  subdistrict: 'middle',
  area: 'middle',
  functionalZone: 'middle',
  industryUnion: 'middle',
  grassroots: 'grassroots',
};

/** Which kind of child each kind may have. */
export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  districtFederation: ['subdistrict', 'area', 'functionalZone', 'industryUnion'],
  subdistrict: ['grassroots'],
  area: ['grassroots'],
  functionalZone: ['grassroots'],
  industryUnion: ['grassroots'],
  grassroots: [],
};

export const ORG_KIND_ZH: Record<OrgKind, string> = {
  districtFederation: '区总工会',
  subdistrict: '街道总工会',
  area: '地区工会',
  functionalZone: '功能区工会',
  industryUnion: '产业工会',
  grassroots: '基层工会',
};

export const TIER_ZH: Record<Tier, string> = {
  district: '区级',
  middle: '街道/地区/功能区/产业',
  grassroots: '基层',
};

export const orgStatusSchema = z.enum(['active', 'retired']);

export const orgSchema = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  parentId: z.nullable(z.string()),
  /** `/root/…/self/`: the ancestry as a string, so a subtree is a prefix query. */
  pathKey: z.string(),
  status: orgStatusSchema,
  /** Set when merged into another organization. */
  mergedInto: z.optional(z.string()),
});
export type Org = z.infer<typeof orgSchema>;

export function pathKeyOf(parentPathKey: string | null, id: string): string {
  return `${parentPathKey ?? '/'}${id}/`;
}

/** True when `target` lies in the subtree rooted at `root` (itself included). */
export function inSubtree(rootPathKey: string, targetPathKey: string): boolean {
  return targetPathKey.startsWith(rootPathKey);
}

/** Organization ids on the path, root first. */
export function ancestorIds(pathKey: string): string[] {
  return pathKey.split('/').filter(Boolean);
}
