/**
 * What a form does with the personal data it collects, from the privacy guide's table
 * (shared/privacy.ts): one line per row, and a link to the guide at the first row.
 */
import { Text, View } from '@tarojs/components';
import { privacyRow, type PrivacyRowId } from '../../../shared/privacy';
import { go, privacyUrl } from '../../lib/feedback';
import './index.scss';

export function PrivacyNote({ rows = [] }: { rows?: PrivacyRowId[] }) {
  return (
    <View className="card privacy-note">
      {rows.length === 0 ? (
        <Text className="muted">浏览劳模故事和公示不需要提供个人信息。</Text>
      ) : (
        rows.map((id) => {
          const r = privacyRow(id);
          return (
            <Text key={id} className="muted privacy-note__row">
              {`${r.field}：${r.whoSees}；${r.retention}。`}
            </Text>
          );
        })
      )}
      <View className="privacy-note__link" ariaRole="link" onClick={() => go(privacyUrl(rows[0]))}>
        查看《隐私保护指引》
      </View>
    </View>
  );
}
