/**
 * Choosing a spreadsheet to import. weapp: `Taro.chooseMessageFile` (a file from a chat); h5, where
 * Taro does not support it: a hidden `<input type="file">`, the file passed on as a blob URL.
 */
import Taro from '@tarojs/taro';

export interface ChosenFile {
  /** A weapp temp path, or an h5 blob URL: what `files.upload` takes. */
  path: string;
  name: string;
  /** Lower case, without the dot. */
  ext: string;
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

function chooseInBrowser(): Promise<ChosenFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.xlsx,${XLSX_TYPE}`;
    input.className = 'file-picker';
    input.style.display = 'none';
    const done = (file: ChosenFile | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done(file ? { path: URL.createObjectURL(file), name: file.name, ext: extOf(file.name) } : null);
    });
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}
