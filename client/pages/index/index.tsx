/**
 * 首页 in one call (`content.home`): the Promotion Month in campaign mode (banner, theme, the six
 * phrases of the model worker spirit, featured stories, schedule) or the usual header; 正在公示 (the
 * open notice closing soonest, when there is one); entries; 近期活动; then the story feed, paging on
 * with `listStories`.
 */
import { View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { CampaignBanner, CampaignSchedule } from '../../components/campaign-banner';
import { FeaturedStories } from '../../components/featured-stories';
import { HomeEntries } from '../../components/home-entries';
import { HomeEvents } from '../../components/home-events';
import { HomeHeader } from '../../components/home-header';
import { NoticeRow } from '../../components/notice-row';
import { PageShell } from '../../components/page-shell';
import { StoryFeed } from '../../components/story-feed';
import { useHome } from '../../hooks/use-home';
import { ROUTES } from '../../lib/routes';
import './index.scss';

export default function HomePage() {
  const { extras, feed } = useHome();
  const campaign = extras ? extras.campaign : null;
  useShareAppMessage(() => ({ title: campaign ? campaign.theme : '示范区总工会 · 劳模风采', path: ROUTES.home }));
  return (
    <PageShell className="home-page">
      {extras && campaign ? (
        <CampaignBanner campaign={campaign} serverTime={extras.serverTime} />
      ) : feed.status === 'loading' ? (
        <View className="home-page__head-skeleton skeleton-block" ariaLabel="正在加载" />
      ) : (
        <HomeHeader />
      )}
      {extras?.notice ? (
        <>
          <View className="section-title">正在公示</View>
          <NoticeRow item={extras.notice} now={Date.parse(extras.serverTime)} />
        </>
      ) : null}
      {extras && campaign ? <FeaturedStories stories={campaign.featuredStories} /> : null}
      {extras && campaign && campaign.schedule.length > 0 ? (
        <>
          <View className="section-title">宣传月日程</View>
          <CampaignSchedule campaign={campaign} serverTime={extras.serverTime} />
        </>
      ) : null}
      {extras ? <HomeEvents events={extras.events} serverTime={extras.serverTime} /> : null}
      <View className="section-title">服务入口</View>
      <HomeEntries />
      <View className="section-title">劳模故事</View>
      <StoryFeed list={feed} />
    </PageShell>
  );
}
