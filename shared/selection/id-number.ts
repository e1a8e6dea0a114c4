/**
 * The nominee's resident ID number (居民身份证号码, GB 11643-1999): entered by cadres only, stored apart
 * from the nomination, and masked in every reply (`110***********1234`). Pure: the client can check
 * and mask with the same code.
 */
import * as z from 'zod/mini';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** 17 digits and a check character (a digit or X), with a valid birth date and check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = idNumberBirthDate(value);
  if (!birth) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11] === value[17];
}

/** The birth date the number carries, 'YYYY-MM-DD', or null when it is no calendar date. */
export function idNumberBirthDate(value: string): string | null {
  const digits = value.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return null;
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date)) return null;
  return date;
}

/** The first three and last four characters; everything between is `*`. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Input: trimmed, a lower-case x accepted, then checked. */
export const idNumberSchema = z.pipe(
  z.string().check(z.trim(), z.toUpperCase()),
  z.string().check(z.refine(isValidIdNumber, '身份证号码有误，请核对（18 位，最后一位可为 X）')),
);
