/**
 * Uploading one picture: choose it, check its type and size on the device (the function checks them
 * again), upload it to a temporary file id the story or campaign then names.
 */
import { useState } from 'react';
import { files } from '../api/files';
import { chooseImage, type ChosenFile } from '../lib/choose-file';
import type { ImageRef } from '../lib/story-draft';
import { useSubmit } from './use-submit';

export interface ImageUploadDeps {
  choose: typeof chooseImage;
  upload: typeof files.upload;
}

const DEFAULT_DEPS: ImageUploadDeps = { choose: chooseImage, upload: files.upload };

const IMAGE_EXTS = ['jpg', 'jpeg', 'png', 'webp'];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface ImageUpload {
  start: () => Promise<void>;
  pending: boolean;
  error: string | null;
}

export function useImageUpload(onUploaded: (image: ImageRef) => void, deps: ImageUploadDeps = DEFAULT_DEPS) {
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = useSubmit((file: ChosenFile) => deps.upload(file.path, file.ext));

  const start = async () => {
    // As for spreadsheets: no guard while choosing (a browser may never report a cancelled choice).
    if (submit.pending) return;
    const file = await deps.choose();
    if (!file) return;
    submit.clearError();
    if (!IMAGE_EXTS.includes(file.ext)) {
      setFileError('请选择 JPG、PNG 或 WebP 格式的图片');
      return;
    }
    if (file.size !== undefined && file.size > MAX_IMAGE_BYTES) {
      setFileError('图片不能超过 2 MB，请压缩后重试');
      return;
    }
    setFileError(null);
    const reply = await submit.run(file);
    if (reply?.ok) onUploaded({ fileId: reply.data.fileId, url: file.path });
  };

  return { start, pending: submit.pending, error: fileError ?? submit.error?.message ?? null } satisfies ImageUpload;
}
