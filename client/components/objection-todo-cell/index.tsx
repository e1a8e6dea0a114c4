/**
 * 工作台 entries for objections: 「异议办理」 for each grant that reviews nominations, its badge the
 * open cases, and the overdue ones (and verifications handed to me) in the description.
 */
import Taro from '@tarojs/taro';
import type { PublicGrant } from '../../api/identity';
import { objection } from '../../api/objection';
import { useRequest } from '../../hooks/use-request';
import { cadreListUrl } from '../../lib/objection';
import { NavCell } from '../nav-cell';

export function ObjectionTodoCell({ grant, suffix = '' }: { grant: PublicGrant; suffix?: string }) {
  const todo = useRequest(() => objection.todo({ grantId: grant.id }), [grant.id]);
  const t = todo.data;
  const parts = t
    ? [
        t.open > 0 ? `${t.open} 件办理中` : '暂无办理中的异议',
        t.overdue > 0 ? `${t.overdue} 件已逾期` : null,
        t.verifications > 0 ? `${t.verifications} 件交办核查待报告` : null,
        t.reviewFlagged > 0 ? `${t.reviewFlagged} 件待人工复核` : null,
      ].filter(Boolean)
    : [todo.status === 'error' ? '待办数量暂时无法读取' : '公示异议的核查、答复和交办'];
  return (
    <NavCell
      title={`异议办理${suffix}`}
      description={parts.join('，')}
      badge={t ? t.overdue + t.verifications : null}
      onClick={() => void Taro.navigateTo({ url: cadreListUrl(grant.id) })}
    />
  );
}
