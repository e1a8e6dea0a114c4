import { checkDepartment, checkOrgName, checkReason } from './validate';

describe('form checks', () => {
  it('organization name: required, 2–40 characters after trimming', () => {
    expect(checkOrgName('  ')).toBe('请填写组织名称');
    expect(checkOrgName('工')).toBe('组织名称应为 2–40 个字');
    expect(checkOrgName('工'.repeat(41))).toBe('组织名称应为 2–40 个字');
    expect(checkOrgName(' 东湖物流园工会 ')).toBeNull();
  });
  it('reason: required, 2–200 characters', () => {
    expect(checkReason('')).toBe('请填写原因');
    expect(checkReason('撤')).toBe('原因至少 2 个字');
    expect(checkReason('因'.repeat(201))).toBe('原因不能超过 200 个字');
    expect(checkReason('单位注销')).toBeNull();
  });
  it('department: required, 2–30 characters', () => {
    expect(checkDepartment('')).toBe('请填写审核部门');
    expect(checkDepartment('局')).toBe('审核部门应为 2–30 个字');
    expect(checkDepartment('区市场监管局')).toBeNull();
  });
});
