/**
 * 编辑故事: the story's fields and its body as blocks, a preview exactly as readers see it, 保存草稿,
 * 发布 (confirmed), 下线 (with a reason) and, for a story about a recorded model worker, 一键下线 of
 * every story about that person. Unsaved edits are kept on the device until saved.
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BlockEditor } from '../../../components/block-editor';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { PageShell } from '../../../components/page-shell';
import { StoryEditBar } from '../../../components/story-edit-bar';
import { StoryEditHead } from '../../../components/story-edit-head';
import { StoryEditSheets, type StorySheet } from '../../../components/story-edit-sheets';
import { StoryForm } from '../../../components/story-form';
import { StoryPreview } from '../../../components/story-preview';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useStoryEditor } from '../../../hooks/use-story-editor';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

export default function StoryEditPage() {
  const { me, grant } = useCadreGrant('content.manage');
  const editor = useStoryEditor(decodeParam(useRouter().params.id) || null);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [sheet, setSheet] = useState<StorySheet | null>(null);
  const { draft, meta } = editor;

  if (!grant || editor.loadError?.code === 'NOT_FOUND' || editor.loadError?.code === 'FORBIDDEN') {
    return (
      <PageShell className="cadre-story-edit">
        {grant ? (
          <EmptyState title="故事不存在或不在您的管理范围内" description="请回到故事管理列表重新选择。" />
        ) : (
          <CadreGate me={me} missing="您没有内容管理权限" />
        )}
      </PageShell>
    );
  }
  if (editor.loadError) {
    return (
      <PageShell className="cadre-story-edit">
        <ErrorState message={editor.loadError.message} onRetry={editor.retryLoad} />
      </PageShell>
    );
  }
  if (!draft) {
    return (
      <PageShell className="cadre-story-edit">
        <View className="card cadre-story-edit__skeleton" ariaLabel="正在加载" />
      </PageShell>
    );
  }

  const open = (kind: StorySheet) => () => {
    editor.clearFormError();
    setSheet(kind);
  };
  const close = () => setSheet(null);
  return (
    <PageShell className="cadre-story-edit">
      <StoryEditHead
        meta={meta}
        dirty={editor.dirty}
        restored={editor.restored}
        notice={editor.notice}
        onDiscard={editor.discard}
        mode={mode}
        onMode={setMode}
      />
      {mode === 'preview' ? (
        <StoryPreview draft={draft} />
      ) : (
        <>
          <StoryForm draft={draft} errors={editor.errors} update={editor.update} grant={grant} />
          <View className="section-title">正文</View>
          <BlockEditor
            blocks={draft.blocks}
            errors={editor.errors}
            onChange={(blocks, touched) => editor.update({ blocks }, touched)}
          />
          {draft.modelWorkerId && meta ? (
            <View className="cadre-story-edit__person">
              <Text className="muted">如本人撤回宣传同意或荣誉被撤销：</Text>
              <View className="cadre-story-edit__danger" ariaRole="button" onClick={open('person')}>
                一键下线「{draft.workerName}」的全部故事
              </View>
            </View>
          ) : null}
        </>
      )}
      <StoryEditBar
        meta={meta}
        error={sheet ? null : editor.formError}
        saving={editor.saving}
        busy={editor.publishing}
        onSave={() => void editor.save()}
        onPublish={open('publish')}
        onUnpublish={open('unpublish')}
      />
      <StoryEditSheets sheet={sheet} editor={editor} onClose={close} />
    </PageShell>
  );
}
