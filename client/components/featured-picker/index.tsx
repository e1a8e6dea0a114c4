/**
 * 推荐故事 on the campaign: the chosen stories in order (move up, remove), and a dialog to choose
 * among the published stories of the district (at most ten).
 */
import { useState } from 'react';
import { Button, CustomWrapper, Text, View } from '@tarojs/components';
import { MAX_FEATURED, type CampaignEditor } from '../../hooks/use-campaign-editor';
import { Field } from '../form-field';
import { ListFoot } from '../list-foot';
import { Sheet } from '../sheet';
import './index.scss';

export function FeaturedStories({ editor }: { editor: CampaignEditor }) {
  const [picking, setPicking] = useState(false);
  const { values, set, stories, titleOf, form } = editor;
  if (!values) return null;
  const chosen = values.featured;
  const change = (featured: string[]) => set({ featured }, 'featuredStoryIds');
  const toggle = (id: string) =>
    change(
      chosen.includes(id) ? chosen.filter((x) => x !== id) : chosen.length < MAX_FEATURED ? [...chosen, id] : chosen,
    );
  const up = (i: number) => change(chosen.map((x, j) => (j === i - 1 ? chosen[i]! : j === i ? chosen[i - 1]! : x)));
  const published = stories.items.filter((s) => s.status === 'published');
  return (
    <View className="card featured">
      <Field label={`推荐故事（${chosen.length}/${MAX_FEATURED}）`} error={form.fieldError('featuredStoryIds')}>
        {chosen.length === 0 ? <Text className="muted">宣传月首页置顶展示的故事，按顺序排列。</Text> : null}
        {chosen.map((id, i) => (
          <View key={id} className="featured__row">
            <Text className="featured__title">{`${i + 1}. ${titleOf(id)}`}</Text>
            {i > 0 ? (
              <View
                className="featured__action"
                ariaRole="button"
                ariaLabel={`上移 ${titleOf(id)}`}
                onClick={() => up(i)}
              >
                上移
              </View>
            ) : null}
            <View className="featured__action featured__action--danger" ariaRole="button" onClick={() => toggle(id)}>
              移除
            </View>
          </View>
        ))}
        <Button className="btn featured__pick" onClick={() => setPicking(true)}>
          选择故事
        </Button>
      </Field>
      {picking ? (
        <Sheet title="选择推荐故事" onClose={() => setPicking(false)} onScrollToLower={() => void stories.loadMore()}>
          <Text className="muted">只能推荐已发布的故事；最多 {MAX_FEATURED} 篇。</Text>
          {stories.status === 'loading' ? <Text className="muted featured__state">正在加载…</Text> : null}
          {stories.status === 'error' ? <Text className="muted featured__state">{stories.error?.message}</Text> : null}
          {published.map((s) => {
            const on = chosen.includes(s.id);
            return (
              <CustomWrapper key={s.id}>
                <View className="featured__choice" ariaRole="checkbox" aria-checked={on} onClick={() => toggle(s.id)}>
                  <View className="featured__text">
                    <Text className="featured__title">{s.title}</Text>
                    <Text className="muted">{s.workerName}</Text>
                  </View>
                  <Text className={on ? 'featured__mark featured__mark--on' : 'featured__mark'}>
                    {on ? '已选' : '选择'}
                  </Text>
                </View>
              </CustomWrapper>
            );
          })}
          {stories.status === 'ready' ? <ListFoot list={stories} /> : null}
        </Sheet>
      ) : null}
    </View>
  );
}
