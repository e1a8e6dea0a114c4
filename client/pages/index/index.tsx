/** 首页: the header and the published stories. */
import { View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { HomeHeader } from '../../components/home-header';
import { PageShell } from '../../components/page-shell';
import { StoryFeed } from '../../components/story-feed';
import { useStoryFeed } from '../../hooks/use-story-feed';
import { ROUTES } from '../../lib/routes';

export default function HomePage() {
  const feed = useStoryFeed();
  useShareAppMessage(() => ({ title: '示范区总工会 · 劳模风采', path: ROUTES.home }));
  return (
    <PageShell>
      <HomeHeader />
      <View className="section-title">劳模故事</View>
      <StoryFeed list={feed} />
    </PageShell>
  );
}
