/** The story editor's confirmations: 发布 (no reason), 下线 and 一键下线 (irreversible for readers: a reason). */
import type { StoryEditor } from '../../hooks/use-story-editor';
import { ConfirmSheet } from '../confirm-sheet';
import { ReasonCallSheet } from '../reason-sheet';

export type StorySheet = 'publish' | 'unpublish' | 'person';

export function StoryEditSheets({
  sheet,
  editor,
  onClose,
}: {
  sheet: StorySheet | null;
  editor: StoryEditor;
  onClose: () => void;
}) {
  const { draft, meta } = editor;
  if (!draft || !sheet) return null;
  if (sheet === 'publish') {
    const notes = [
      '发布后，所有读者都能在「劳模故事」中看到这篇故事。',
      ...(editor.dirty || !meta ? ['您有未保存的修改，将先保存再发布。'] : []),
      ...(meta?.needsReview ? ['内容检查提示部分文字需人工复核，请确认已核对全文。'] : []),
    ];
    return (
      <ConfirmSheet
        title="发布故事"
        notes={notes}
        submitText="确认发布"
        pendingText="正在发布…"
        pending={editor.publishing}
        error={editor.formError}
        onConfirm={() => void editor.publish().then((done) => done && onClose())}
        onCancel={onClose}
      />
    );
  }
  if (sheet === 'unpublish') {
    return (
      <ReasonCallSheet
        title="下线故事"
        note={`确定下线《${draft.title}》吗？下线后读者不再能看到它，已分享的链接也会失效；需要时可以重新发布。`}
        label="下线原因"
        placeholder="例如：事迹内容需要核实更正"
        submitText="确认下线"
        pendingText="正在下线…"
        call={editor.unpublish}
        onDone={(saved) => {
          editor.onUnpublished(saved);
          onClose();
        }}
        onConflict={editor.reloadMeta}
        onCancel={onClose}
      />
    );
  }
  return (
    <ReasonCallSheet
      title="一键下线"
      note={`将下线关于「${draft.workerName}」的全部已发布故事（包括本篇），用于本人撤回宣传同意或荣誉被撤销等情形。完成后会告诉您下线了几篇。`}
      label="下线原因"
      placeholder="例如：本人撤回宣传同意"
      submitText="全部下线"
      pendingText="正在下线…"
      call={editor.unpublishPerson}
      onDone={(result) => {
        editor.onPersonUnpublished(result);
        onClose();
      }}
      onCancel={onClose}
    />
  );
}
