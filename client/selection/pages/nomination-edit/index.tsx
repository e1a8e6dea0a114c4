/**
 * 编辑推荐表: every field of the nomination form, checked before sending with Chinese messages under
 * each field, edits kept on the device until saved (restored on reopening), 保存草稿 to the server.
 * `?id=` edits a saved file (a draft, or one returned for correction); `?roundId=&orgId=` starts one.
 */
import { useState, type ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { NominationFormFields } from '../../../components/nomination-form';
import { PageShell } from '../../../components/page-shell';
import { useMe } from '../../../hooks/use-me';
import { useNominationEditor } from '../../../hooks/use-nomination-editor';
import { nominationCadreGrants, nominationUrl } from '../../../lib/nomination';
import type { FormTarget } from '../../../lib/nomination-draft-store';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

function targetOf(params: Record<string, string | undefined>): FormTarget | null {
  const id = decodeParam(params.id);
  if (id) return { id };
  const roundId = decodeParam(params.roundId);
  const orgId = decodeParam(params.orgId);
  return roundId && orgId ? { roundId, orgId } : null;
}

export default function NominationEditPage() {
  const me = useMe();
  const params = useRouter().params;
  const [target] = useState(() => targetOf(params));
  const allowed = nominationCadreGrants(me.data).length > 0;
  const editor = useNominationEditor(target);
  const { draft, round, meta } = editor;

  const shell = (body: ReactNode) => <PageShell className="cadre-nomination-edit">{body}</PageShell>;
  if (!allowed) return shell(<CadreGate me={me} missing="您没有推荐审核权限" />);
  if (!target) return shell(<EmptyState title="缺少要编辑的推荐" description="请从推荐管理进入。" />);
  const code = editor.loadError?.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    return shell(<EmptyState title="推荐不存在或不在您的办理范围内" description="请回到推荐管理重新选择。" />);
  }
  if (editor.loadError) {
    return shell(<ErrorState message={editor.loadError.message} onRetry={editor.retryLoad} />);
  }
  if (!draft || !round) return shell(<View className="card cadre-nomination-edit__skeleton" ariaLabel="正在加载" />);
  if (meta && !meta.editable) {
    return shell(
      <EmptyState
        title="推荐表已提交，不能修改"
        description="只有草稿和退回补正的推荐表可以修改。"
        actionText="查看推荐详情"
        onAction={() => void Taro.navigateTo({ url: nominationUrl(meta.id) })}
      />,
    );
  }

  return shell(
    <>
      <View className="card cadre-nomination-edit__head">
        <Text>{round.config.name}</Text>
        <Text className="muted">
          {meta ? '已保存的推荐表' : '新推荐表（尚未保存到服务器）'}
          {editor.dirty ? ' · 有未保存的修改（已保存在本机）' : ''}
        </Text>
        {editor.restored ? <Text className="cadre-nomination-edit__notice">已恢复您上次未保存的修改。</Text> : null}
        {editor.notice ? <Text className="cadre-nomination-edit__notice">{editor.notice}</Text> : null}
        {editor.restored || editor.dirty ? (
          <View className="nomination-form__link" ariaRole="button" onClick={editor.discard}>
            放弃修改
          </View>
        ) : null}
      </View>
      <NominationFormFields
        draft={draft}
        errors={editor.errors}
        round={round}
        update={editor.update}
        idNumberMasked={meta?.idNumberMasked ?? null}
        idNumber={editor.idNumber}
        onIdNumber={editor.typeIdNumber}
      />
      <View className="cadre-nomination-edit__bar">
        {editor.formError ? (
          <View className="cadre-nomination-edit__error" ariaRole="alert">
            {editor.formError}
          </View>
        ) : null}
        <Button
          className={editor.saving ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
          disabled={editor.saving}
          onClick={() => void editor.save()}
        >
          {editor.saving ? '正在保存…' : '保存草稿'}
        </Button>
        {meta ? (
          <Button className="btn btn--block" onClick={() => void Taro.navigateTo({ url: nominationUrl(meta.id) })}>
            查看推荐详情与提交
          </Button>
        ) : null}
      </View>
    </>,
  );
}
