/** Evidence pictures (up to `max`): thumbnails with 删除, and 添加图片 through the image upload helper. */
import { Button, Image, Text, View } from '@tarojs/components';
import { useImageUpload, type ImageUploadDeps } from '../../hooks/use-image-upload';
import type { ImageRef } from '../../lib/story-draft';
import './index.scss';

export interface EvidenceFieldProps {
  images: ImageRef[];
  onChange: (images: ImageRef[]) => void;
  max: number;
  error?: string | null;
  deps?: ImageUploadDeps;
}

export function EvidenceField({ images, onChange, max, error, deps }: EvidenceFieldProps) {
  const upload = useImageUpload((image) => onChange([...images, image]), deps);
  const message = upload.error ?? error ?? null;
  const full = images.length >= max;
  return (
    <View className="field evidence-field">
      <Text className="field__label">{`证据图片（选填，${images.length}/${max}）`}</Text>
      <View className="evidence-field__grid">
        {images.map((img, i) => (
          <View key={img.fileId} className="evidence-field__item">
            <Image className="evidence-field__img" src={img.url} mode="aspectFill" ariaLabel={`证据图片 ${i + 1}`} />
            <View
              className="evidence-field__remove"
              ariaRole="button"
              ariaLabel={`删除证据图片 ${i + 1}`}
              onClick={() => onChange(images.filter((x) => x.fileId !== img.fileId))}
            >
              删除
            </View>
          </View>
        ))}
      </View>
      <View className="evidence-field__foot">
        <Text className="muted">JPG、PNG 或 WebP，每张不超过 2 MB</Text>
        {full ? null : (
          <Button
            className={upload.pending ? 'btn btn--busy' : 'btn'}
            disabled={upload.pending}
            onClick={() => void upload.start()}
          >
            {upload.pending ? '正在上传…' : '添加图片'}
          </Button>
        )}
      </View>
      {message ? (
        <View className="field__error" ariaRole="alert">
          {message}
        </View>
      ) : null}
    </View>
  );
}
