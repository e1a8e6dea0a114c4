/** 我的异议: the objections I filed, newest first, with their status and (办结) finding; opens the case. */
import { Text, View } from '@tarojs/components';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useMyObjections } from '../../../hooks/use-objections';
import { go, privacyUrl } from '../../../lib/feedback';
import { formatDateZh } from '../../../lib/format';
import { findingZh, myCaseUrl, OBJECTION_STATUS } from '../../../lib/objection';
import './index.scss';

export default function MyObjectionsPage() {
  const list = useMyObjections();
  return (
    <PageShell className="my-objections">
      <Text className="muted my-objections__note">办结后，您可以在案件页面删除其中的个人信息。</Text>
      <View className="my-objections__link" ariaRole="link" onClick={() => go(privacyUrl('objectorIdentity'))}>
        隐私保护指引
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有异议"
        emptyDescription="对公示中的推荐人选有异议，可在公示页面点「提出异议」，办理进度会显示在这里。"
        renderItem={(item) => {
          const chip = OBJECTION_STATUS[item.status];
          return (
            <View
              className="my-objections__row"
              ariaRole="link"
              ariaLabel={`案件${item.caseNo}，${chip.text}`}
              onClick={() => go(myCaseUrl(item.id))}
            >
              <View className="my-objections__head">
                <Text className="my-objections__title">{`对「${item.nomineeName}」的异议`}</Text>
                <StatusChip tone={chip.tone} text={chip.text} />
              </View>
              <Text className="muted">{item.noticeTitle}</Text>
              <Text className="muted">
                {`案件编号 ${item.caseNo} · ${formatDateZh(item.createdAt)}提交${item.late ? ' · 逾期受理' : ''}`}
                {item.finding ? ` · 核查结论：${findingZh(item.finding)}` : ''}
              </Text>
            </View>
          );
        }}
      />
    </PageShell>
  );
}
