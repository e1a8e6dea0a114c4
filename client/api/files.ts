/** Temporary uploads (a spreadsheet to import, later photos and attachments): the id an action takes. */
import { upload } from './transport';

export const files = {
  /** `filePath`: a weapp temp path, or on h5 a blob URL of the chosen file; `ext` without the dot. */
  upload: (filePath: string, ext: string) => upload(filePath, ext),
};
