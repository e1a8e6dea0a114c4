/**
 * A notice's printable poster (A4 or A3): the title, the period with exact dates, the nominees'
 * public fields, where to object, and a code that opens the notice and its objection form (the
 * mini-program code in production, a QR code of the H5 page locally). H5 prints it with the
 * browser; on the phone the cadre saves or forwards the page.
 */
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { notice } from '../../../api/notice';
import { ErrorState } from '../../../components/error-state';
import { ChoiceChips } from '../../../components/form-field';
import { PageShell } from '../../../components/page-shell';
import { useRequest } from '../../../hooks/use-request';
import { GENDER_ZH, noticeUrl } from '../../../lib/notice';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

const SIZES = [
  { value: 'a4', label: 'A4' },
  { value: 'a3', label: 'A3' },
] as const;
type Size = (typeof SIZES)[number]['value'];

function print(): void {
  if (process.env.TARO_ENV === 'h5') window.print();
  else void Taro.showToast({ title: '请在电脑端打开本页打印', icon: 'none' });
}

export default function PosterPage() {
  const id = decodeParam(useRouter().params.id);
  const [size, setSize] = useState<Size>('a4');
  const req = useRequest(() => notice.getNotice({ id }), [id]);
  const n = req.data?.notice ?? null;
  if (!n) {
    return (
      <PageShell className="poster-page">
        {req.status === 'error' ? (
          <ErrorState message={req.error.message} onRetry={() => void req.reload()} />
        ) : (
          <View className="card poster-page__loading" ariaLabel="正在加载">
            正在生成海报…
          </View>
        )}
      </PageShell>
    );
  }
  return (
    <PageShell className="poster-page">
      <View className="poster-page__tools">
        {/* ChoiceChips brings the chip styles: this page imports no other form component. */}
        <ChoiceChips label="纸张大小" options={SIZES} value={[size]} onChange={([v]) => v && setSize(v)} />
        <Button className="btn btn--primary" onClick={print}>
          打印海报
        </Button>
      </View>
      <View className={`poster poster--${size}`} ariaLabel={`${size.toUpperCase()} 公示海报`}>
        <Text className="poster__title">{n.title}</Text>
        <Text className="poster__period">
          公示时间：{n.periodZh}（{n.ruleZh}）
        </Text>
        <View className="poster__entries">
          {n.entries.map((e, i) => (
            <View key={e.nominationId} className="poster__entry">
              <Text className="poster__name">
                {i + 1}. {e.name}（{e.gender ? GENDER_ZH[e.gender] : ''}）{e.unitName} {e.position}
              </Text>
              <Text>推荐称号：{e.titleSought}</Text>
              {n.status === 'closed' ? null : <Text className="poster__deeds">{e.shortDeeds}</Text>}
            </View>
          ))}
        </View>
        <View className="poster__foot">
          <View className="poster__office">
            <Text>公示期间，对公示人选有异议的，请实名反映具体事实和线索。</Text>
            <Text>受理机构：{n.office.name}</Text>
            <Text>电话：{n.office.phone}</Text>
            <Text>地址：{n.office.address}</Text>
            {n.office.email ? <Text>邮箱：{n.office.email}</Text> : null}
            <Text>发布单位：{n.orgName}</Text>
          </View>
          <View className="poster__code">
            {n.codeUrl ? (
              <Image className="poster__code-img" src={n.codeUrl} mode="aspectFit" ariaLabel="扫码查看公示、提出异议" />
            ) : (
              <Text className="poster__code-path">{noticeUrl(n.id)}</Text>
            )}
            <Text className="poster__code-note">微信扫码查看公示、提出异议</Text>
          </View>
        </View>
      </View>
    </PageShell>
  );
}
