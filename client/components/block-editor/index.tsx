/**
 * The story body as blocks: paragraph, heading, quote, image. Each block moves up or down or goes;
 * images upload in place and need a description for screen readers. There is no HTML block and no
 * rich text: whatever is typed is kept and shown as plain text.
 */
import { Text, View } from '@tarojs/components';
import type { ImageUploadDeps } from '../../hooks/use-image-upload';
import {
  addBlock,
  BLOCK_ZH,
  MAX_BLOCKS,
  moveBlock,
  removeBlock,
  updateBlock,
  type BlockType,
  type EditorBlock,
  type StoryErrors,
} from '../../lib/story-draft';
import { TextField } from '../form-field';
import { ImageField } from '../image-field';
import './index.scss';

const TYPES: BlockType[] = ['paragraph', 'heading', 'quote', 'image'];

export interface BlockEditorProps {
  blocks: EditorBlock[];
  errors: StoryErrors;
  /** `touched`: the error keys the change answers (`blocks` when blocks moved, came or went). */
  onChange: (blocks: EditorBlock[], touched: string[]) => void;
  imageDeps?: ImageUploadDeps;
}

function Tool({
  label,
  text,
  disabled,
  onClick,
}: {
  label: string;
  text: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <View
      className={disabled ? 'block__tool block__tool--off' : 'block__tool'}
      ariaRole="button"
      ariaLabel={label}
      aria-disabled={disabled}
      onClick={disabled ? undefined : onClick}
    >
      {text}
    </View>
  );
}

export function BlockEditor({ blocks, errors, onChange, imageDeps }: BlockEditorProps) {
  const edit = (i: number, patch: Partial<EditorBlock>) =>
    onChange(
      updateBlock(blocks, i, patch),
      Object.keys(patch).map((f) => `blocks.${i}.${f === 'url' ? 'fileId' : f}`),
    );
  const body = (b: EditorBlock, i: number) => {
    const n = i + 1;
    const err = (f: string) => errors[`blocks.${i}.${f}`] ?? null;
    if (b.type === 'image') {
      return (
        <>
          <ImageField
            label="图片"
            shape="free"
            image={b.fileId ? { fileId: b.fileId, url: b.url } : null}
            error={err('fileId')}
            deps={imageDeps}
            onChange={(img) => edit(i, { fileId: img.fileId, url: img.url })}
          />
          <TextField
            label="图片说明（必填，供视障读者收听）"
            accessibleLabel={`第 ${n} 块图片说明`}
            value={b.alt}
            maxlength={120}
            placeholder="例如：王秀兰在社区义诊现场为老人量血压"
            error={err('alt')}
            onChange={(v) => edit(i, { alt: v })}
          />
          <TextField
            label="图注（选填）"
            accessibleLabel={`第 ${n} 块图注`}
            value={b.caption}
            maxlength={120}
            error={err('caption')}
            onChange={(v) => edit(i, { caption: v })}
          />
        </>
      );
    }
    const max = b.type === 'heading' ? 60 : b.type === 'quote' ? 500 : 2000;
    return (
      <>
        <TextField
          label={b.type === 'heading' ? '小标题' : b.type === 'quote' ? '引用内容' : '段落内容'}
          accessibleLabel={`第 ${n} 块${BLOCK_ZH[b.type]}`}
          value={b.text}
          multiline={b.type !== 'heading'}
          maxlength={max}
          error={err('text')}
          onChange={(v) => edit(i, { text: v })}
        />
        {b.type === 'quote' ? (
          <TextField
            label="出处（选填）"
            accessibleLabel={`第 ${n} 块出处`}
            value={b.cite}
            maxlength={60}
            placeholder="例如：王秀兰"
            error={err('cite')}
            onChange={(v) => edit(i, { cite: v })}
          />
        ) : null}
      </>
    );
  };

  return (
    <View className="block-editor">
      {blocks.map((b, i) => (
        <View key={b.key} className={`card block block--${b.type}`}>
          <View className="block__head">
            <Text className="block__type">{`第 ${i + 1} 块 · ${BLOCK_ZH[b.type]}`}</Text>
            <View className="block__tools">
              <Tool
                text="上移"
                label={`上移第 ${i + 1} 块`}
                disabled={i === 0}
                onClick={() => onChange(moveBlock(blocks, i, -1), ['blocks'])}
              />
              <Tool
                text="下移"
                label={`下移第 ${i + 1} 块`}
                disabled={i === blocks.length - 1}
                onClick={() => onChange(moveBlock(blocks, i, 1), ['blocks'])}
              />
              <Tool
                text="删除"
                label={`删除第 ${i + 1} 块`}
                onClick={() => onChange(removeBlock(blocks, i), ['blocks'])}
              />
            </View>
          </View>
          {body(b, i)}
        </View>
      ))}
      {errors.blocks ? (
        <View className="field__error block-editor__error" ariaRole="alert">
          {errors.blocks}
        </View>
      ) : null}
      {blocks.length < MAX_BLOCKS ? (
        <View className="block-editor__add" ariaLabel="添加内容块">
          {TYPES.map((t) => (
            <View
              key={t}
              className="block-add"
              ariaRole="button"
              ariaLabel={`添加${BLOCK_ZH[t]}`}
              onClick={() => onChange(addBlock(blocks, t), ['blocks'])}
            >
              + {BLOCK_ZH[t]}
            </View>
          ))}
        </View>
      ) : (
        <Text className="muted block-editor__full">正文最多 {MAX_BLOCKS} 块</Text>
      )}
    </View>
  );
}
