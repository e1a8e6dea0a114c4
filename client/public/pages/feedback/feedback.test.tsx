/** 意见反馈 / 推荐线索: checks before sending, the default and a picked organization, server issues under their fields, success. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { childrenOf, DISTRICT, fakeBackend, SUB_EAST, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import FeedbackPage from './index';

afterEach(() => taroTest.reset());

const orgs = childrenOf([{ ...DISTRICT, parentId: null }, SUB_EAST]);

describe('意见反馈', () => {
  it('checks the text first, then sends to the district by default and says what happens next', async () => {
    const { calls } = fakeBackend({
      'org.children': orgs,
      'feedback.send': () => ok({ id: 'f1', status: 'received', orgName: '示范区总工会' }),
    });
    render(<FeedbackPage />);
    await screen.findByText('示范区总工会（默认）');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('请填写反馈内容');
    await typeInto('反馈内容', '太短了');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('反馈内容至少 10 个字');
    expect(calls.some((c) => c.key === 'feedback.send')).toBe(false);

    await typeInto('反馈内容', '希望公示页面能提供打印版本，方便张贴。');
    await typeInto('联系方式（选填）', '13800001111');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('提交成功');
    expect(calls.find((c) => c.key === 'feedback.send')?.data).toEqual({
      kind: 'feedback',
      content: '希望公示页面能提供打印版本，方便张贴。',
      contact: '13800001111',
    });
    expect(screen.getByText('您的意见反馈已转「示范区总工会」办理。答复会显示在「我的反馈」中。')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的反馈'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/my-feedback/index' });
  });

  it('a lead (from ?kind=lead) goes to the organization picked; a server issue lands under its field', async () => {
    taroTest.setRouterParams({ kind: 'lead' });
    const replies = [
      fail('BAD_REQUEST', { issues: [{ path: ['lead', 'reason'], message: '推荐理由至少 20 个字' }] }),
      fail('CONTENT_RISKY', { message: '内容未通过安全检查，请删除不当内容后重新提交' }),
      ok({ id: 'f2', status: 'received', orgName: '东湖街道总工会' }),
    ];
    const { calls } = fakeBackend({ 'org.children': orgs, 'feedback.send': () => replies.shift() });
    render(<FeedbackPage />);
    await screen.findByText('被推荐人姓名');
    fireEvent.click(screen.getByLabelText('涉及的组织'));
    fireEvent.click(await screen.findByText('选择'));
    await screen.findByText('东湖街道总工会');
    await typeInto('被推荐人姓名', '王建平');
    await typeInto('工作单位', '东湖公交客运公司');
    await typeInto('推荐理由', '二十年如一日服务乘客，多次在车上救助突发疾病的乘客，深受好评。');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('推荐理由至少 20 个字');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('内容未通过安全检查，请删除不当内容后重新提交');
    fireEvent.click(screen.getByText('提交'));
    await screen.findByText('提交成功');
    const sent = calls.filter((c) => c.key === 'feedback.send').map((c) => c.data);
    expect(sent[2]).toEqual({
      kind: 'lead',
      orgId: 'sub-east',
      lead: {
        name: '王建平',
        unit: '东湖公交客运公司',
        reason: '二十年如一日服务乘客，多次在车上救助突发疾病的乘客，深受好评。',
      },
    });
  });

  it('says what is done with the personal data and links to its rows of the guide', async () => {
    fakeBackend({ 'org.children': orgs });
    render(<FeedbackPage />);
    await screen.findByText(/联系方式（选填，如手机号码）：仅负责办理的工会干部/);
    fireEvent.click(screen.getByText('查看《隐私保护指引》'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/privacy/index?row=feedbackContent' });
  });

  it('shows a failed load with 重试', async () => {
    fakeBackend({ 'org.children': () => fail('NETWORK') });
    render(<FeedbackPage />);
    await screen.findByText('重试');
    await waitFor(() => expect(screen.getByText('加载失败')).toBeTruthy());
  });
});
