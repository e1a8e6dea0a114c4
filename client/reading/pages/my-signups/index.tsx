/** 我的报名: the events I signed up for, latest first, each with its status (已报名 / 已取消 / 已签到 + hours). */
import { Text } from '@tarojs/components';
import type { MySignup } from '../../../api/content';
import { EventList } from '../../../components/event-list';
import { PageShell } from '../../../components/page-shell';
import { useMySignups } from '../../../hooks/use-events';
import { SIGNUP_STATUS_ZH } from '../../../lib/event-state';
import { openPage, ROUTES } from '../../../lib/routes';
import './index.scss';

function StatusBadge({ signup }: { signup: MySignup }) {
  const hours =
    signup.status === 'checkedIn' && signup.event.hours !== undefined ? ` · ${signup.event.hours} 小时` : '';
  return (
    <Text
      className={`signup-status signup-status--${signup.status}`}
    >{`${SIGNUP_STATUS_ZH[signup.status]}${hours}`}</Text>
  );
}

export default function MySignupsPage() {
  const list = useMySignups();
  return (
    <PageShell className="my-signups-page">
      <Text className="muted my-signups-page__note">
        签到后记入志愿服务时长。报名的活动在活动详情里可以取消或签到。
      </Text>
      <EventList
        list={list}
        eventOf={(s) => s.event}
        badgeOf={(s) => <StatusBadge signup={s} />}
        empty={{
          title: '还没有报名活动',
          description: '在首页或「劳模活动」里找到感兴趣的活动，点开后即可报名。',
          actionText: '查看近期活动',
          onAction: () => openPage(ROUTES.events),
        }}
      />
    </PageShell>
  );
}
