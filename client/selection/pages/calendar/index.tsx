/**
 * 节假日安排 (district cadres): the years whose official schedule ships with the app, the years the
 * district entered, and a form to enter a year's schedule (days off and make-up working days, from
 * the State Council's notice) so working-day notice periods can be computed (decision 0004).
 * Every entry is audited with its basis; a period already published never moves.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { notice } from '../../../api/notice';
import { CadreGate } from '../../../components/cadre-gate';
import { ErrorState } from '../../../components/error-state';
import { TextField } from '../../../components/form-field';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useRequest } from '../../../hooks/use-request';
import { useSubmit } from '../../../hooks/use-submit';
import { parseDates } from '../../../lib/notice';
import './index.scss';

export default function CalendarPage() {
  const { me, grant } = useCadreGrant('nomination.review');
  const list = useRequest(() => notice.listCalendarOverrides({}), []);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [holidays, setHolidays] = useState('');
  const [makeup, setMakeup] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const submit = useSubmit(notice.saveCalendarOverride);
  if (!grant || grant.tier !== 'district') {
    return (
      <PageShell className="calendar-page">
        <CadreGate me={me} missing="节假日安排由区总工会录入" />
      </PageShell>
    );
  }
  const issue = (...path: string[]) =>
    submit.error?.issues?.find((i) => path.every((p, k) => i.path[k] === p))?.message ?? null;
  const save = async () => {
    const reply = await submit.run({
      version: list.data?.version ?? null,
      schedule: { year: Number(year), holidays: parseDates(holidays), makeupWorkdays: parseDates(makeup) },
      reason,
    });
    if (reply?.ok) {
      setSaved(Number(year));
      void list.reload();
    } else if (reply?.code === 'CONFLICT') void list.reload();
  };
  return (
    <PageShell className="calendar-page">
      <View className="section-title">已有安排</View>
      {list.status === 'error' && !list.data ? (
        <ErrorState message={list.error.message} onRetry={() => void list.reload()} />
      ) : (
        <View className="card calendar-page__section">
          <Text>
            随程序提供：{list.data ? list.data.packageYears.map((y) => `${y}年`).join('、') || '无' : '正在加载…'}
          </Text>
          {(list.data?.items ?? []).map((o) => (
            <View key={o.year} className="calendar-page__item">
              <Text className="calendar-page__year">{o.year}年（区总工会录入）</Text>
              <Text className="muted">放假：{o.holidays.join('、') || '无'}</Text>
              <Text className="muted">调休上班：{o.makeupWorkdays.join('、') || '无'}</Text>
              <Text className="muted">
                {o.enteredByName} 录入于 {o.enteredAt.slice(0, 10)}
              </Text>
            </View>
          ))}
        </View>
      )}
      <View className="section-title">录入一年的安排</View>
      <View className="card calendar-page__section">
        <Text className="muted">
          按国务院办公厅发布的当年节假日安排通知填写。日期格式
          2027-01-01，多个日期用空格或逗号分隔；录入后新开始的公示按此计算，已发布的公示不变。
        </Text>
        <TextField
          label="年份"
          type="number"
          value={year}
          maxlength={4}
          error={issue('schedule', 'year')}
          onChange={setYear}
        />
        <TextField
          label="放假日期"
          multiline
          maxlength={800}
          value={holidays}
          error={issue('schedule', 'holidays')}
          onChange={setHolidays}
        />
        <TextField
          label="调休上班日期（周末）"
          multiline
          maxlength={400}
          value={makeup}
          error={issue('schedule', 'makeupWorkdays')}
          onChange={setMakeup}
        />
        <TextField
          label="依据（文件名称、文号）"
          value={reason}
          maxlength={200}
          error={issue('reason')}
          onChange={setReason}
        />
        {submit.error && !submit.error.issues?.length ? (
          <View className="field__error" ariaRole="alert">
            {submit.error.message}
          </View>
        ) : null}
        {saved ? <Text className="calendar-page__ok">已保存 {saved} 年的安排</Text> : null}
        <Button
          className={`btn btn--primary btn--block${submit.pending ? ' btn--busy' : ''}`}
          disabled={submit.pending}
          onClick={() => void save()}
        >
          {submit.pending ? '正在保存…' : '保存'}
        </Button>
      </View>
    </PageShell>
  );
}
