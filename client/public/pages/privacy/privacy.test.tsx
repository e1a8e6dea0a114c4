/** 隐私保护指引: every row of the one table, the row a form linked to marked. */
import { render, screen } from '@testing-library/react';
import { PRIVACY_ROWS } from '../../../../shared/privacy';
import { taroTest } from '../../../test/taro-mock';
import PrivacyPage from './index';

afterEach(() => taroTest.reset());

describe('隐私保护指引', () => {
  it('lists every personal field with why, who sees it and how long it is kept', () => {
    const { container } = render(<PrivacyPage />);
    expect(container.querySelectorAll('.privacy-row')).toHaveLength(PRIVACY_ROWS.length);
    for (const row of PRIVACY_ROWS) expect(screen.getByText(row.field)).toBeTruthy();
    expect(screen.getByText('身份证号码')).toBeTruthy();
    expect(screen.getAllByText('敏感个人信息').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('提交前由您点击授权，经微信验证手机号')).toBeTruthy();
    expect(screen.getAllByText('保存期限')).toHaveLength(PRIVACY_ROWS.length);
  });

  it('marks the row a form linked to', () => {
    taroTest.setRouterParams({ row: 'feedbackContact' });
    const { container } = render(<PrivacyPage />);
    const focused = container.querySelectorAll('.privacy-row--focus');
    expect(focused).toHaveLength(1);
    expect(focused[0]!.id).toBe('privacy-feedbackContact');
  });
});
