import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OrgImportDeps } from '../../hooks/use-org-import';
import { fail, ok } from '../../test/fixtures';
import { taroTest } from '../../test/taro-mock';
import { OrgImportSheet } from '.';

afterEach(() => taroTest.reset());

const FILE = { path: 'blob:local/1', name: '组织.xlsx', ext: 'xlsx' };

function deps(overrides: Partial<OrgImportDeps> = {}) {
  return {
    choose: jest.fn(() => Promise.resolve(FILE)),
    upload: jest.fn(() => Promise.resolve(ok({ fileId: 'tmp/abc.xlsx' }))),
    importOrgs: jest.fn(() => Promise.resolve(ok({ imported: 3, errors: [] }))),
    ...overrides,
  } as jest.Mocked<OrgImportDeps>;
}

describe('OrgImportSheet', () => {
  it('explains the three columns of the template', async () => {
    render(<OrgImportSheet deps={deps()} onImported={jest.fn()} onClose={jest.fn()} />);
    expect(await screen.findByText('下载模板说明')).toBeTruthy();
    expect(screen.getByText(/^名称：/)).toBeTruthy();
    expect(screen.getByText('类型：街道总工会、地区工会、功能区工会、产业工会、基层工会，填写其中之一；')).toBeTruthy();
    expect(screen.getByText(/^上级组织：/)).toBeTruthy();
  });

  it('uploads the chosen file, imports it, and says how many were imported', async () => {
    const d = deps();
    const onImported = jest.fn();
    render(<OrgImportSheet deps={d} onImported={onImported} onClose={jest.fn()} />);
    fireEvent.click(await screen.findByText('选择 .xlsx 文件'));
    await screen.findByText('导入 3 个组织');
    expect(d.upload).toHaveBeenCalledWith('blob:local/1', 'xlsx');
    expect(d.importOrgs).toHaveBeenCalledWith({ fileId: 'tmp/abc.xlsx' }, { requestId: expect.any(String) });
    expect(onImported).toHaveBeenCalledWith(3);
  });

  it('lists the rows to fix on IMPORT_INVALID, one line each', async () => {
    const d = deps({
      importOrgs: jest.fn(() =>
        Promise.resolve(
          fail('IMPORT_INVALID', {
            issues: [
              { path: ['rows', 2], message: '第 2 行：类型“街道”无效，应为：区总工会、街道总工会' },
              { path: ['rows', 5], message: '上级组织“南湖街道总工会”不存在' },
            ],
          }),
        ),
      ),
    });
    const onImported = jest.fn();
    render(<OrgImportSheet deps={d} onImported={onImported} onClose={jest.fn()} />);
    fireEvent.click(await screen.findByText('选择 .xlsx 文件'));
    await screen.findByText('导入文件有错误，未导入任何数据，请按错误清单修改后重新导入');
    const rows = Array.from(document.querySelectorAll('.import-error__row')).map((el) => el.textContent);
    expect(rows).toEqual([
      '第 2 行：类型“街道”无效，应为：区总工会、街道总工会',
      '第 5 行：上级组织“南湖街道总工会”不存在',
    ]);
    expect(onImported).not.toHaveBeenCalled();
    expect(screen.getByText('重新选择文件')).toBeTruthy();
  });

  it('refuses a file that is not .xlsx without uploading it', async () => {
    const d = deps({ choose: jest.fn(() => Promise.resolve({ path: 'x', name: '组织.xls', ext: 'xls' })) });
    render(<OrgImportSheet deps={d} onImported={jest.fn()} onClose={jest.fn()} />);
    fireEvent.click(await screen.findByText('选择 .xlsx 文件'));
    await screen.findByText('请选择 .xlsx 格式的表格（Excel 2007 及以上）');
    expect(d.upload).not.toHaveBeenCalled();
  });

  it('does nothing when the choice is cancelled, and shows an upload failure', async () => {
    const d = deps({
      choose: jest.fn().mockResolvedValueOnce(null).mockResolvedValueOnce(FILE),
      upload: jest.fn(() => Promise.resolve(fail('NETWORK'))),
    });
    render(<OrgImportSheet deps={d} onImported={jest.fn()} onClose={jest.fn()} />);
    fireEvent.click(await screen.findByText('选择 .xlsx 文件'));
    await waitFor(() => expect(d.choose).toHaveBeenCalledTimes(1));
    expect(d.upload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('选择 .xlsx 文件'));
    await screen.findByText('网络连接失败，请检查网络后重试');
    expect(d.importOrgs).not.toHaveBeenCalled();
  });
});
