/** A unit notice's physical posting (张贴): dates, place and up to 9 photos of the posted notice. */
import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { notice, type AdminNotice } from '../../api/notice';
import { useSubmit } from '../../hooks/use-submit';
import { plainDateOf } from '../../lib/format';
import type { ImageRef } from '../../lib/story-draft';
import { DateTimeField } from '../datetime-field';
import { TextField } from '../form-field';
import { ImageField } from '../image-field';
import { Sheet } from '../sheet';

const MAX_PHOTOS = 9;

export interface NoticePostingFormProps {
  item: AdminNotice;
  onSaved: (saved: AdminNotice) => void;
  onConflict: () => void;
  onCancel: () => void;
}

export function NoticePostingForm({ item, onSaved, onConflict, onCancel }: NoticePostingFormProps) {
  const p = item.posting;
  const [postedOn, setPostedOn] = useState(p?.postedOn ?? plainDateOf(item.opensAt));
  const [removedOn, setRemovedOn] = useState(p?.removedOn ?? '');
  const [place, setPlace] = useState(p?.place ?? '');
  const [photos, setPhotos] = useState<ImageRef[]>(
    (p?.photoFileIds ?? []).map((fileId, i) => ({ fileId, url: p?.photoUrls[i] ?? '' })),
  );
  const submit = useSubmit(notice.recordPosting);
  const issue = (field: string) => submit.error?.issues?.find((i) => i.path[0] === field)?.message ?? null;

  const save = async () => {
    const reply = await submit.run({
      id: item.id,
      version: item.version,
      postedOn,
      removedOn: removedOn || null,
      place,
      photoFileIds: photos.map((x) => x.fileId),
    });
    if (reply?.ok) onSaved(reply.data.notice);
    else if (reply?.code === 'CONFLICT') onConflict();
  };

  return (
    <Sheet
      title="登记张贴情况"
      onClose={() => !submit.pending && onCancel()}
      footer={
        <Button
          className={`btn btn--primary btn--block${submit.pending ? ' btn--busy' : ''}`}
          disabled={submit.pending}
          onClick={() => void save()}
        >
          {submit.pending ? '正在保存…' : '保存'}
        </Button>
      }
    >
      <DateTimeField label="张贴日期" date={postedOn} error={issue('postedOn')} onChange={(v) => setPostedOn(v.date)} />
      <DateTimeField
        label="撤下日期（选填）"
        date={removedOn}
        error={issue('removedOn')}
        onChange={(v) => setRemovedOn(v.date)}
      />
      <TextField label="张贴地点" value={place} maxlength={100} error={issue('place')} onChange={setPlace} />
      {photos.map((photo, i) => (
        <ImageField
          key={`${photo.fileId}-${i}`}
          label={`张贴照片 ${i + 1}`}
          image={photo}
          shape="free"
          error={submit.error?.issues?.find((x) => x.path[0] === 'photoFileIds' && x.path[1] === i)?.message ?? null}
          onChange={(img) => setPhotos(photos.map((x, j) => (j === i ? img : x)))}
        />
      ))}
      {photos.length < MAX_PHOTOS ? (
        <ImageField
          label={photos.length === 0 ? '张贴照片' : '再添一张照片'}
          image={null}
          shape="free"
          onChange={(img) => setPhotos([...photos, img])}
        />
      ) : null}
      {photos.length > 0 ? (
        <View className="muted" ariaRole="button" onClick={() => setPhotos(photos.slice(0, -1))}>
          删除最后一张照片
        </View>
      ) : null}
      {submit.error && !submit.error.issues?.length ? (
        <View className="field__error" ariaRole="alert">
          {submit.error.message}
        </View>
      ) : null}
    </Sheet>
  );
}
