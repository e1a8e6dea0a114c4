/**
 * 首页 in campaign mode (the Promotion Month): the banner, the theme, the dates with the days left
 * (by the server's time), the six phrases of the model worker spirit, and the schedule.
 */
import { Image, Text, View } from '@tarojs/components';
import type { Campaign } from '../../api/content';
import { daysLeft, formatDateZh, formatPlainDateZh, plainDateOf } from '../../lib/format';
import '../story-card/index.scss';
import './index.scss';

export interface CampaignProps {
  campaign: Campaign;
  serverTime: string;
}

/** `2027年5月1日 至 5月31日` (the end is exclusive: the last day is the one before it). */
function datesOf(c: Campaign): string {
  const lastDay = new Date(Date.parse(c.endsAt) - 1).toISOString();
  const start = formatDateZh(c.startsAt);
  const end = formatDateZh(lastDay);
  const sameYear = start.slice(0, 5) === end.slice(0, 5);
  return `${start} 至 ${sameYear ? end.slice(5) : end}`;
}

export function CampaignBanner({ campaign, serverTime }: CampaignProps) {
  const left = daysLeft(campaign.endsAt, serverTime);
  return (
    <View className="campaign">
      <View className="campaign__cover">
        <Image
          className="campaign__img"
          src={campaign.bannerUrl}
          mode="aspectFill"
          ariaLabel={`${campaign.theme}宣传图`}
        />
      </View>
      <View className="campaign__body">
        <View className="campaign__theme">{campaign.theme}</View>
        <View className="campaign__dates">
          {datesOf(campaign)}
          {left > 0 ? ` · 还剩 ${left} 天` : ''}
        </View>
        <View className="campaign__dates campaign__label">劳模精神</View>
        <View className="campaign__spirit" ariaRole="list" ariaLabel={`劳模精神：${campaign.spirit.join('、')}`}>
          {campaign.spirit.map((phrase) => (
            <Text key={phrase} className="campaign__phrase">
              {phrase}
            </Text>
          ))}
        </View>
      </View>
    </View>
  );
}

/** The campaign's schedule: days gone by are muted, today is marked. */
export function CampaignSchedule({ campaign, serverTime }: CampaignProps) {
  if (campaign.schedule.length === 0) return null;
  const today = plainDateOf(serverTime);
  return (
    <View className="card campaign-schedule">
      {campaign.schedule.map((item) => {
        const past = item.date < today;
        return (
          <View
            key={`${item.date}-${item.title}`}
            className={past ? 'campaign-schedule__row campaign-schedule__row--past' : 'campaign-schedule__row'}
          >
            <Text className="campaign-schedule__date">{formatPlainDateZh(item.date)}</Text>
            <Text className="campaign-schedule__title">{item.title}</Text>
            {item.date === today ? <Text className="campaign-schedule__mark">今天</Text> : null}
            {past ? <Text className="campaign-schedule__mark">已举行</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
