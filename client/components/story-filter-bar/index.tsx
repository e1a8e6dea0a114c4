/**
 * The filter chips of 劳模故事: 全部, then 行业 / 类别 / 年份; a dimension shows its values. One
 * filter at a time (as the content function takes them): a dimension names its active value.
 */
import { Text, View } from '@tarojs/components';
import type { StoryQueryState } from '../../hooks/use-story-query';
import {
  DIMENSION_ZH,
  dimensionOf,
  filterLabel,
  optionsOf,
  sameFilter,
  type FilterDimension,
} from '../../lib/story-filters';
import './index.scss';

const DIMENSIONS: FilterDimension[] = ['industry', 'category', 'year'];

export interface StoryFilterBarProps {
  state: Pick<StoryQueryState, 'query' | 'dimension' | 'openDimension' | 'choose' | 'clear'>;
  thisYear: number;
}

export function StoryFilterBar({ state, thisYear }: StoryFilterBarProps) {
  const { query, dimension } = state;
  const active = query.filter || null;
  const activeDimension = active ? dimensionOf(active) : null;
  const all = !active && !query.search;
  return (
    <View className="story-filter">
      <View className="story-filter__dims" ariaRole="tablist" ariaLabel="筛选">
        <View
          className={all ? 'story-filter__dim story-filter__dim--on' : 'story-filter__dim'}
          ariaRole="tab"
          aria-selected={all}
          onClick={state.clear}
        >
          全部
        </View>
        {DIMENSIONS.map((d) => {
          const on = activeDimension === d;
          return (
            <View
              key={d}
              className={on ? 'story-filter__dim story-filter__dim--on' : 'story-filter__dim'}
              ariaRole="tab"
              aria-selected={on}
              aria-expanded={dimension === d}
              onClick={() => state.openDimension(d)}
            >
              {on && active ? `${DIMENSION_ZH[d]}·${filterLabel(active)}` : DIMENSION_ZH[d]}
              <Text className="story-filter__caret">{dimension === d ? '▴' : '▾'}</Text>
            </View>
          );
        })}
      </View>
      {dimension ? (
        <View className="story-filter__options" ariaRole="radiogroup" ariaLabel={DIMENSION_ZH[dimension]}>
          {optionsOf(dimension, thisYear).map((o) => {
            const on = sameFilter(active, o.filter);
            return (
              <View
                key={o.label}
                className={on ? 'story-filter__chip story-filter__chip--on' : 'story-filter__chip'}
                ariaRole="radio"
                aria-checked={on}
                onClick={() => state.choose(o.filter)}
              >
                {o.label}
              </View>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}
