/** The search box of 劳模故事: the start of a model worker's name or of a title; × clears it. */
import { Button, Input, View } from '@tarojs/components';
import { SEARCH_MAX, type StoryQueryState } from '../../hooks/use-story-query';
import './index.scss';

export function StorySearch({
  state,
}: {
  state: Pick<StoryQueryState, 'text' | 'setText' | 'search' | 'clearSearch'>;
}) {
  return (
    <View className="story-search">
      <View className="story-search__box">
        <Input
          className="story-search__input"
          value={state.text}
          placeholder="搜索劳模姓名或故事标题"
          confirmType="search"
          maxlength={SEARCH_MAX}
          ariaLabel="搜索劳模姓名或故事标题"
          onInput={(e) => state.setText(e.detail.value)}
          onConfirm={state.search}
        />
        {state.text ? (
          <View className="story-search__clear" ariaRole="button" ariaLabel="清除搜索" onClick={state.clearSearch}>
            ×
          </View>
        ) : null}
      </View>
      <Button className="btn btn--primary story-search__go" onClick={state.search}>
        搜索
      </Button>
    </View>
  );
}
