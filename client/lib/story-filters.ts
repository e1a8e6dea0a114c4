/**
 * The filters of 劳模故事: one at a time (industry, category or year), or a search, as the content
 * function takes them. Industries are free text on a story; the chips offer the usual ones.
 */
import { STORY_CATEGORIES } from '../api/content';

export type FilterDimension = 'industry' | 'category' | 'year';

export type StoryFilter = { industry: string } | { category: (typeof STORY_CATEGORIES)[number] } | { year: number };

export interface StoryQuery {
  filter?: StoryFilter;
  /** The start of a model worker's name or of a title. */
  search?: string;
}

export const DIMENSION_ZH: Record<FilterDimension, string> = { industry: '行业', category: '类别', year: '年份' };

export const INDUSTRIES = ['交通运输', '医疗卫生', '电力', '教育', '高新技术', '现代服务业', '金融', '文化创意'];

/** This year and the four before it. */
export function recentYears(thisYear: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => thisYear - i);
}

export interface FilterOption {
  label: string;
  filter: StoryFilter;
}

export function optionsOf(dimension: FilterDimension, thisYear: number): FilterOption[] {
  if (dimension === 'industry') return INDUSTRIES.map((industry) => ({ label: industry, filter: { industry } }));
  if (dimension === 'category') return STORY_CATEGORIES.map((category) => ({ label: category, filter: { category } }));
  return recentYears(thisYear).map((year) => ({ label: `${year}年`, filter: { year } }));
}

export function dimensionOf(filter: StoryFilter): FilterDimension {
  return 'industry' in filter ? 'industry' : 'category' in filter ? 'category' : 'year';
}

export function filterLabel(filter: StoryFilter): string {
  if ('industry' in filter) return filter.industry;
  if ('category' in filter) return filter.category;
  return `${filter.year}年`;
}

export function sameFilter(a: StoryFilter | null | undefined, b: StoryFilter | null | undefined): boolean {
  return JSON.stringify(a || null) === JSON.stringify(b || null);
}
