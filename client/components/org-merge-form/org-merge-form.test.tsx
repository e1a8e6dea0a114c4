import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OutputOf } from '../../../shared/api';
import { ok } from '../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, fakeCall, org, SUB_EAST, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { OrgMergeForm } from '.';

afterEach(() => taroTest.reset());

const SUB_WEST = { ...SUB_EAST, id: 'sub-west', name: '西山街道总工会', version: 1 };
const BUS = org('unit-bus', { name: '东湖公交客运公司工会', version: 6 });
const HOSPITAL = org('unit-hospital', { name: '东湖社区卫生服务中心工会' });
const SCHOOL = org('unit-school', { name: '西山实验小学工会', parentId: 'sub-west' });

type Merged = OutputOf<'org', 'mergeOrg'>;

function renderForm(...replies: Array<ReturnType<typeof ok<Merged>>>) {
  const { calls } = fakeBackend({ 'org.children': childrenOf([SUB_EAST, SUB_WEST, BUS, HOSPITAL, SCHOOL]) });
  const mergeOrg = fakeCall<unknown, Merged>(...replies);
  const onDone = jest.fn();
  render(
    <OrgMergeForm
      org={BUS}
      root={DISTRICT}
      mergeOrg={mergeOrg as never}
      onDone={onDone}
      onCancel={jest.fn()}
      onConflict={jest.fn()}
    />,
  );
  return { mergeOrg, onDone, calls };
}

describe('OrgMergeForm (irreversible: a confirmation with a target and a reason)', () => {
  it('says it cannot be undone, and needs a target and a reason before sending', async () => {
    const { mergeOrg } = renderForm();
    expect(await screen.findByText(/此操作不可恢复/)).toBeTruthy();
    fireEvent.click(screen.getByText('确认合并'));
    await screen.findByText('请选择合并到的组织');
    expect(screen.getByText('请填写原因')).toBeTruthy();
    expect(mergeOrg).not.toHaveBeenCalled();
  });

  it('picks a grassroots union under a middle-tier parent chosen first, never itself', async () => {
    const { mergeOrg, onDone, calls } = renderForm(ok({ org: { ...BUS, status: 'retired' }, movedChildren: 0 }));
    fireEvent.click(await screen.findByText('请选择基层工会'));
    // First level: middle-tier parents to open, none to choose (not the same kind).
    await screen.findByText('西山街道总工会');
    expect(calls[0]!.data).toMatchObject({ parentId: 'district' });
    expect(document.querySelector('.sheet .org-action')).toBeNull();

    fireEvent.click(screen.getByText('东湖街道总工会'));
    const self = (await screen.findByText('东湖公交客运公司工会')).closest('.org-row')!;
    expect(self.querySelector('.org-action')).toBeNull();
    fireEvent.click(screen.getByText('示范区总工会'));
    fireEvent.click(await screen.findByText('西山街道总工会'));
    const school = (await screen.findByText('西山实验小学工会')).closest('.org-row')!;
    fireEvent.click(school.querySelector('.org-action')!);

    await screen.findByText('合并到');
    expect(screen.getByText('西山实验小学工会')).toBeTruthy();
    await typeInto('合并原因', '两家单位重组');
    fireEvent.click(screen.getByText('确认合并'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(mergeOrg.mock.calls[0]![0]).toEqual({
      id: 'unit-bus',
      version: 6,
      intoId: 'unit-school',
      reason: '两家单位重组',
    });
  });
});
