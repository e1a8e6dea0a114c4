/** 劳模故事: every published story (filters come later). */
import { View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell';
import { StoryFeed } from '../../components/story-feed';
import { useStoryFeed } from '../../hooks/use-story-feed';

export default function StoriesPage() {
  const feed = useStoryFeed();
  return (
    <PageShell>
      <View className="section-title">劳模故事</View>
      <StoryFeed list={feed} />
    </PageShell>
  );
}
