/**
 * 隐私保护指引: every personal field the product collects, where, why, who sees it and how long it is
 * kept, from the one table in shared/privacy.ts. `?row=<id>` (from a form) marks that row and scrolls to it.
 */
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PRIVACY_CONSENT_ZH, PRIVACY_RIGHTS, PRIVACY_ROWS, type PrivacyRow } from '../../../../shared/privacy';
import { NavCell } from '../../../components/nav-cell';
import { PageShell } from '../../../components/page-shell';
import { FEEDBACK_ROUTES, feedbackUrl, go } from '../../../lib/feedback';
import './index.scss';

function Line({ label, text }: { label: string; text: string }) {
  return (
    <View className="privacy-row__line">
      <Text className="privacy-row__label">{label}</Text>
      <Text className="privacy-row__text">{text}</Text>
    </View>
  );
}

function Row({ row, focused }: { row: PrivacyRow; focused: boolean }) {
  return (
    <View id={`privacy-${row.id}`} className={focused ? 'card privacy-row privacy-row--focus' : 'card privacy-row'}>
      <View className="privacy-row__head">
        <Text className="privacy-row__field">{row.field}</Text>
        {row.sensitive ? <Text className="privacy-row__tag">敏感个人信息</Text> : null}
      </View>
      <Line label="收集场景" text={row.collectedIn} />
      <Line label="使用目的" text={row.purpose} />
      <Line label="谁能看到" text={row.whoSees} />
      <Line label="保存期限" text={row.retention} />
      {row.consent ? <Line label="您的授权" text={PRIVACY_CONSENT_ZH[row.consent]} /> : null}
    </View>
  );
}

export default function PrivacyPage() {
  const focus = useRouter().params.row ?? '';
  useEffect(() => {
    if (!focus || !PRIVACY_ROWS.some((r) => r.id === focus)) return;
    // Not every runtime has pageScrollTo (tests): the marked row is enough there.
    const scroll = (Taro as { pageScrollTo?: (o: { selector: string; duration: number }) => unknown }).pageScrollTo;
    if (scroll) void Promise.resolve(scroll({ selector: `#privacy-${focus}`, duration: 0 })).catch(() => undefined);
  }, [focus]);
  return (
    <PageShell className="privacy-page">
      <View className="card privacy-page__intro">
        <Text className="privacy-page__title">劳模小程序隐私保护指引</Text>
        <Text className="muted">
          浏览劳模故事、活动和公示不需要提供任何个人信息。只有在您点赞、报名、提交反馈或提出异议时，我们才收集完成该事项所必需的信息，下表逐项说明。我们不会将个人信息用于其他目的，也不会提供给第三方。
        </Text>
      </View>
      {PRIVACY_ROWS.map((row) => (
        <Row key={row.id} row={row} focused={row.id === focus} />
      ))}
      <View className="section-title">您的权利</View>
      <View className="card privacy-page__intro">
        <Text className="muted">{PRIVACY_RIGHTS}</Text>
      </View>
      <View className="card">
        <NavCell title="我的反馈" description="查看、撤回反馈，删除个人信息" onClick={() => go(FEEDBACK_ROUTES.mine)} />
        <NavCell
          title="联系我们"
          description="通过意见反馈提出查询、更正或删除请求"
          onClick={() => go(feedbackUrl('feedback'))}
        />
      </View>
    </PageShell>
  );
}
