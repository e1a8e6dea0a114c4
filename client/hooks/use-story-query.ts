/**
 * What 劳模故事 lists: everything, one filter (the chips), or a search (the box). The content
 * function takes one at a time, so choosing a filter ends a search and searching clears the filter.
 */
import { useState } from 'react';
import { sameFilter, type FilterDimension, type StoryFilter, type StoryQuery } from '../lib/story-filters';

/** The longest search the content function takes. */
export const SEARCH_MAX = 20;

export interface StoryQueryState {
  query: StoryQuery;
  /** The dimension whose chips are showing (`null`: only the dimensions). */
  dimension: FilterDimension | null;
  openDimension: (dimension: FilterDimension | null) => void;
  /** Chooses a filter; choosing the active one again clears it. */
  choose: (filter: StoryFilter) => void;
  /** Back to every story. */
  clear: () => void;
  /** The search box's text (what is typed, not yet searched). */
  text: string;
  setText: (text: string) => void;
  /** Searches for the box's text; an empty box ends the search. */
  search: () => void;
  clearSearch: () => void;
}

export function useStoryQuery(): StoryQueryState {
  const [query, setQuery] = useState<StoryQuery>({});
  const [dimension, setDimension] = useState<FilterDimension | null>(null);
  const [text, setText] = useState('');

  const search = () => {
    const term = text.trim().slice(0, SEARCH_MAX);
    setQuery(term ? { search: term } : {});
  };

  return {
    query,
    dimension,
    openDimension: (d) => setDimension((current) => (current === d ? null : d)),
    choose: (filter) => {
      setText('');
      setQuery((q) => (sameFilter(q.filter, filter) ? {} : { filter }));
    },
    clear: () => {
      setText('');
      setDimension(null);
      setQuery({});
    },
    text,
    setText,
    search,
    clearSearch: () => {
      setText('');
      setQuery((q) => (q.search ? {} : q));
    },
  };
}
