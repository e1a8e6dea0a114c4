/** Temporary uploads (a spreadsheet to import, story and campaign pictures): the id an action takes. */
import { upload } from './transport';

export const files = {
  /** `filePath`: a weapp temp path, or on h5 a blob URL of the chosen file; `ext` without the dot. */
  upload: (filePath: string, ext: string) => upload(filePath, ext),
};
