/** A picture in a form: its preview (16:9 crop for covers and banners), upload or replace, errors under it. */
import { Button, Image, Text, View } from '@tarojs/components';
import { useImageUpload, type ImageUploadDeps } from '../../hooks/use-image-upload';
import type { ImageRef } from '../../lib/story-draft';
import './index.scss';

export interface ImageFieldProps {
  label: string;
  image: ImageRef | null;
  onChange: (image: ImageRef) => void;
  error?: string | null;
  /** `cover`: a fixed 16:9 crop, as readers see covers; `free`: the picture's own shape. */
  shape?: 'cover' | 'free';
  deps?: ImageUploadDeps;
}

export function ImageField({ label, image, onChange, error, shape = 'cover', deps }: ImageFieldProps) {
  const upload = useImageUpload(onChange, deps);
  const message = upload.error ?? error ?? null;
  const buttonClass = ['btn', 'image-field__btn', upload.pending ? 'btn--busy' : ''].filter(Boolean).join(' ');
  return (
    <View className="field image-field">
      <Text className="field__label">{label}</Text>
      <View
        className={`image-field__box image-field__box--${shape}${message ? ' field__input--error' : ''}`}
        ariaRole="button"
        ariaLabel={`${label}：${image ? '更换图片' : '上传图片'}`}
        onClick={() => void upload.start()}
      >
        {image?.url ? (
          <Image
            className="image-field__img"
            src={image.url}
            mode={shape === 'cover' ? 'aspectFill' : 'widthFix'}
            ariaLabel={`${label}预览`}
          />
        ) : (
          <Text className="image-field__empty">{image ? '已上传' : '点击上传图片'}</Text>
        )}
      </View>
      <View className="image-field__foot">
        <Text className="muted">JPG、PNG 或 WebP，不超过 2 MB</Text>
        <Button className={buttonClass} disabled={upload.pending} onClick={() => void upload.start()}>
          {upload.pending ? '正在上传…' : image ? '更换图片' : '上传图片'}
        </Button>
      </View>
      {message ? (
        <View className="field__error" ariaRole="alert">
          {message}
        </View>
      ) : null}
    </View>
  );
}
