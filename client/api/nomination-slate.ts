/**
 * The slate (名单) actions of the `nomination` function — the slate, the written override, the
 * exports — bound alone so the slate page bundles only their schemas; and opening an exported file.
 */
import Taro from '@tarojs/taro';
import { slateActions, type ExportFile } from '../../shared/actions/nomination-slate.schema';
import type { Reply } from '../../shared/envelope';
import type { BoundActions } from './bind';
import { callAction, failure } from './transport';

export type { ExportFile, SlateItem, SlateRule, SlateView } from '../../shared/actions/nomination-slate.schema';

function bindSlate(): BoundActions<typeof slateActions> {
  const bound: Record<string, unknown> = {};
  for (const [action, spec] of Object.entries(slateActions)) {
    bound[action] = (input: never, options?: Parameters<typeof callAction>[4]) =>
      callAction('nomination', action, spec, input, options);
  }
  return bound as BoundActions<typeof slateActions>;
}

export const nominationSlate = bindSlate();

/**
 * weapp: downloads the exported workbook (its temporary HTTPS URL; the storage download domain is
 * in the mini-program's downloadFile domains) and opens it with WeChat's document viewer, from which
 * the cadre forwards or saves it. H5 shows a link instead (the page renders it).
 */
export async function openExportFile(file: ExportFile): Promise<Reply<null>> {
  try {
    const downloaded = await Taro.downloadFile({ url: file.url });
    if (downloaded.statusCode !== 200) return failure('NETWORK', { message: '文件下载失败，请重试' });
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true });
    return { ok: true, data: null, serverTime: new Date().toISOString() };
  } catch {
    return failure('NETWORK', { message: '文件下载或打开失败，请重试' });
  }
}
