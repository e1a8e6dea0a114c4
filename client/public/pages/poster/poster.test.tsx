/** The poster: A4 by default, A3 on request, with the code that opens the notice. */
import { fireEvent, render, screen } from '@testing-library/react';
import { ok } from '../../../test/fixtures';
import { fakeBackend } from '../../../test/forms';
import { publicNotice } from '../../../test/notice-fixtures';
import { taroTest } from '../../../test/taro-mock';
import PosterPage from './index';

afterEach(() => taroTest.reset());

it('renders the notice at A4 or A3 with its code; without a code it prints the page path', async () => {
  taroTest.setRouterParams({ id: 'notice-1' });
  let codeUrl: string | null = '/files/files/code-notice-1.svg';
  fakeBackend({ 'notice.getNotice': () => ok({ notice: publicNotice({ codeUrl }) }) });
  const { unmount } = render(<PosterPage />);
  const sheet = await screen.findByLabelText('A4 公示海报');
  expect(sheet.className).toContain('poster--a4');
  expect(screen.getByText('受理机构：示范区总工会评选工作办公室')).toBeTruthy();
  expect(document.querySelector('[aria-label="扫码查看公示、提出异议"]')?.getAttribute('src')).toBe(codeUrl);
  fireEvent.click(screen.getByText('A3'));
  expect((await screen.findByLabelText('A3 公示海报')).className).toContain('poster--a3');
  unmount();
  codeUrl = null;
  render(<PosterPage />);
  await screen.findByText('/public/pages/notice/index?id=notice-1');
});
