/**
 * A scanned document in a form (a consent form, a Party document, an attachment): choose a PDF or a
 * picture, check it on the device (the function checks again), upload it through the files port.
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { files } from '../../api/files';
import { useSubmit } from '../../hooks/use-submit';
import { chooseDocument, type ChosenFile } from '../../lib/choose-file';
import { Field } from '../form-field';
import './index.scss';

export interface UploadedDocument {
  fileId: string;
  name: string;
  url: string;
}

export interface DocumentFieldProps {
  label: string;
  value: UploadedDocument | null;
  onChange: (doc: UploadedDocument) => void;
  error?: string | null;
}

const EXTS = ['pdf', 'jpg', 'jpeg', 'png', 'webp'];
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export function useDocumentUpload(onUploaded: (doc: UploadedDocument) => void) {
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = useSubmit((file: ChosenFile) => files.upload(file.path, file.ext));
  const start = async () => {
    if (submit.pending) return;
    const file = await chooseDocument();
    if (!file) return;
    submit.clearError();
    if (!EXTS.includes(file.ext)) return setFileError('请选择 PDF、JPG、PNG 或 WebP 文件');
    if (file.size !== undefined && file.size > MAX_DOCUMENT_BYTES) return setFileError('文件不能超过 10 MB');
    setFileError(null);
    const reply = await submit.run(file);
    if (reply?.ok) onUploaded({ fileId: reply.data.fileId, name: file.name, url: file.path });
  };
  return { start, pending: submit.pending, error: fileError ?? submit.error?.message ?? null };
}

export function DocumentField({ label, value, onChange, error }: DocumentFieldProps) {
  const upload = useDocumentUpload(onChange);
  const message = upload.error ?? error ?? null;
  return (
    <Field label={label} error={message}>
      <View className="document-field">
        <Text className={value ? 'document-field__name' : 'muted document-field__name'}>
          {value ? value.name : 'PDF、JPG、PNG 或 WebP，不超过 10 MB'}
        </Text>
        <Button
          className={upload.pending ? 'btn document-field__btn btn--busy' : 'btn document-field__btn'}
          disabled={upload.pending}
          ariaLabel={`${label}：${value ? '重新上传' : '上传文件'}`}
          onClick={() => void upload.start()}
        >
          {upload.pending ? '正在上传…' : value ? '重新上传' : '上传文件'}
        </Button>
      </View>
    </Field>
  );
}
