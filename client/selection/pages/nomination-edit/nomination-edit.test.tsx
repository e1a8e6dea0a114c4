/**
 * 编辑推荐表: edits kept on the device and restored (never the ID number), per-field checks in Chinese
 * (schema and the round's deed limits), deed counters, the saved form as sent, the ID number sent
 * once and shown masked after, and a submitted file that cannot be edited.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { file, grant, meWith, round } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NominationEditPage from './index';

jest.mock('../../../lib/choose-file', () => ({
  chooseDocument: jest.fn(() => Promise.resolve({ path: 'blob:doc', name: '同意书.pdf', ext: 'pdf', size: 4096 })),
}));
jest.mock('../../../api/files', () => ({
  files: { upload: jest.fn(() => Promise.resolve({ ok: true, data: { fileId: 'tmp/consent.pdf' }, serverTime: '' })) },
}));

jest.setTimeout(30_000);

afterEach(() => taroTest.reset());

const NEW_KEY = 'laomo.nominationDraft.new.round-2026.unit-bus';
const kept = (key = NEW_KEY) => taroTest.storage.get(key) as { draft: Record<string, unknown> } | undefined;
const valueOf = (label: string) =>
  (
    document.querySelector(
      `[aria-label="${label}"] input, [aria-label="${label}"] textarea, input[aria-label="${label}"], textarea[aria-label="${label}"]`,
    ) as HTMLInputElement
  )?.value;

type Handler = (d: Record<string, unknown>) => unknown;
function backend(extra: Record<string, Handler> = {}) {
  return fakeBackend({
    'identity.me': () => meWith(grant('g1', 'grassroots')),
    'nomination.getRound': () => ok({ round: round() }),
    'nomination.getNomination': () => ok({ nomination: file(), timeline: [] }),
    ...extra,
  });
}

describe('编辑推荐表', () => {
  it('keeps a new form on the device, restores it, checks fields in Chinese, and saves the draft with the ID number once', async () => {
    taroTest.setRouterParams({ roundId: 'round-2026', orgId: 'unit-bus' });
    const saved = file({ id: 'nom-9', version: 1, idNumberMasked: '110***********002X' });
    const { calls } = backend({ 'nomination.saveDraft': () => ok({ nomination: saved }) });
    const first = render(<NominationEditPage />);
    await typeInto('姓名', '李');
    await waitFor(() => expect(kept()?.draft.name).toBe('李'));
    first.unmount();

    render(<NominationEditPage />);
    await screen.findByText('已恢复您上次未保存的修改。');
    await waitFor(() => expect(valueOf('姓名')).toBe('李'));
    expect(screen.getByText('简要事迹：已写 0 字，本届上限 500 字')).toBeTruthy();
    await typeInto('简要事迹', '一'.repeat(501));
    expect(await screen.findByText('简要事迹：已写 501 字，本届上限 500 字')).toBeTruthy();
    fireEvent.click(screen.getByText('录入'));
    await typeInto('输入身份证号', '110101199001011234');
    fireEvent.click(screen.getByText('添加一项荣誉'));
    fireEvent.click(screen.getByText('保存草稿'));
    expect(await screen.findByText('姓名至少 2 个字')).toBeTruthy();
    expect(screen.getByText('简要事迹不能超过 500 字')).toBeTruthy();
    expect(screen.getByText('请填写荣誉名称')).toBeTruthy();
    expect(screen.getByText('请选择荣誉级别')).toBeTruthy();
    expect(screen.getByText('身份证号码有误，请核对（18 位，最后一位可为 X）')).toBeTruthy();
    expect(screen.getByText('还有未填好的内容，请按红字提示修改')).toBeTruthy();
    expect(calls.some((c) => c.key === 'nomination.saveDraft')).toBe(false);

    await typeInto('姓名', '李师傅');
    await typeInto('简要事迹', '安全行车三十年。');
    fireEvent.click(screen.getByText('删除这项荣誉'));
    fireEvent.click(screen.getByText('女'));
    fireEvent.click(screen.getByText('一线职工'));
    fireEvent.click(screen.getByText('企业负责人', { selector: '[aria-label="需征求部门意见的类别（可多选）"] *' }));
    fireEvent.click(screen.getByText('区劳动模范'));
    await typeInto('输入身份证号', '11010519491231002X');
    fireEvent.click(screen.getByText('保存草稿'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.saveDraft')).toBe(true));
    expect(calls.find((c) => c.key === 'nomination.saveDraft')!.data).toEqual({
      roundId: 'round-2026',
      orgId: 'unit-bus',
      form: {
        name: '李师傅',
        gender: 'female',
        flags: ['frontLineWorker'],
        consultationCategories: ['enterpriseHead'],
        titleSought: '区劳动模范',
        shortDeeds: '安全行车三十年。',
      },
      idNumber: '11010519491231002X',
    });
    expect(await screen.findByText('110***********002X')).toBeTruthy();
    expect(kept()).toBeUndefined();
    // Nothing on the device ever held the ID number.
    expect(JSON.stringify([...taroTest.storage.values()])).not.toContain('1101051949');
  });

  it('edits a saved draft: the consent with its scan, then saves by id and version; a submitted file cannot be edited', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const { calls } = backend({ 'nomination.saveDraft': () => ok({ nomination: file({ version: 5 }) }) });
    const page = render(<NominationEditPage />);
    await waitFor(() => expect(valueOf('姓名')).toBe('李师傅'));
    expect(screen.getByText('110***********1234')).toBeTruthy();
    const toggle = document.querySelector('[aria-label="同意在公示中公开姓名、单位、职务、推荐称号和简要事迹"]')!;
    act(() => {
      toggle.dispatchEvent(new CustomEvent('change', { detail: { value: true }, bubbles: true }));
    });
    fireEvent.click(screen.getByText('保存草稿'));
    expect(await screen.findByText('请填写签字人')).toBeTruthy();
    expect(screen.getByText('请上传文件')).toBeTruthy();
    await typeInto('签字人', '李师傅');
    fireEvent.click(screen.getAllByText('上传文件')[0]!);
    await screen.findByText('同意书.pdf');
    fireEvent.click(screen.getByText('保存草稿'));
    expect(await screen.findByText('请选择签署日期')).toBeTruthy();
    expect(calls.some((c) => c.key === 'nomination.saveDraft')).toBe(false);
    page.unmount();

    backend({
      'nomination.getNomination': () => ok({ nomination: file({ availableEvents: ['replace'] }), timeline: [] }),
    });
    render(<NominationEditPage />);
    expect(await screen.findByText('推荐表已提交，不能修改')).toBeTruthy();
  });
});
