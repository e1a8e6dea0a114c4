/**
 * Choosing a file to upload. A spreadsheet to import — weapp: `Taro.chooseMessageFile` (a file from
 * a chat); a picture — weapp: `Taro.chooseMedia` (album or camera, compressed). On h5, where Taro
 * does not support the former: a hidden `<input type="file">`, the file passed on as a blob URL.
 */
import Taro from '@tarojs/taro';

export interface ChosenFile {
  /** A weapp temp path, or an h5 blob URL: what `files.upload` takes (and an Image can show). */
  path: string;
  name: string;
  /** Lower case, without the dot. */
  ext: string;
  /** Bytes, when the platform says. */
  size?: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Resolves with the chosen file, or `null` when the user cancels. */
export function chooseSpreadsheet(): Promise<ChosenFile | null> {
  return process.env.TARO_ENV === 'h5' ? chooseInBrowser() : chooseFromChat();
}

async function chooseFromChat(): Promise<ChosenFile | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const file = res.tempFiles[0];
    return file ? { path: file.path, name: file.name, ext: extOf(file.name) } : null;
  } catch {
    return null; // cancelled
  }
}

const IMAGE_EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** A picture (JPG, PNG or WebP), or `null` when the user cancels. */
export function chooseImage(): Promise<ChosenFile | null> {
  return process.env.TARO_ENV === 'h5' ? chooseInBrowser('image/png,image/jpeg,image/webp') : chooseFromAlbum();
}

async function chooseFromAlbum(): Promise<ChosenFile | null> {
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] });
    const file = res.tempFiles[0];
    if (!file) return null;
    const name = file.tempFilePath.slice(file.tempFilePath.lastIndexOf('/') + 1);
    return { path: file.tempFilePath, name, ext: extOf(name), size: file.size };
  } catch {
    return null; // cancelled
  }
}

const DOCUMENT_EXTS = ['pdf', 'jpg', 'jpeg', 'png', 'webp'];

/** A scanned document (PDF or a picture: consent forms, Party documents), or `null` when cancelled. */
export function chooseDocument(): Promise<ChosenFile | null> {
  if (process.env.TARO_ENV === 'h5') return chooseInBrowser('.pdf,application/pdf,image/png,image/jpeg,image/webp');
  return Taro.chooseMessageFile({ count: 1, type: 'all', extension: DOCUMENT_EXTS })
    .then((res) => {
      const file = res.tempFiles[0];
      return file ? { path: file.path, name: file.name, ext: extOf(file.name), size: file.size } : null;
    })
    .catch(() => null);
}

function chooseInBrowser(accept = `.xlsx,${XLSX_TYPE}`): Promise<ChosenFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.className = 'file-picker';
    input.style.display = 'none';
    const done = (file: ChosenFile | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      const ext = file ? extOf(file.name) || IMAGE_EXT[file.type] || '' : '';
      done(file ? { path: URL.createObjectURL(file), name: file.name, ext, size: file.size } : null);
    });
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}
