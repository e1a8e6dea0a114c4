/**
 * Form checks done before sending, with the rule in Chinese. They mirror the shared schemas
 * (`shared/actions/*.schema.ts`), which the server applies again. `null` means valid.
 */

const len = (text: string) => [...text.trim()].length;

export function checkOrgName(name: string): string | null {
  if (len(name) === 0) return '请填写组织名称';
  if (len(name) < 2 || len(name) > 40) return '组织名称应为 2–40 个字';
  return null;
}

export function checkReason(reason: string): string | null {
  if (len(reason) === 0) return '请填写原因';
  if (len(reason) < 2) return '原因至少 2 个字';
  if (len(reason) > 200) return '原因不能超过 200 个字';
  return null;
}

export function checkDepartment(department: string): string | null {
  if (len(department) === 0) return '请填写审核部门';
  if (len(department) < 2 || len(department) > 30) return '审核部门应为 2–30 个字';
  return null;
}
