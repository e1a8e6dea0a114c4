/** The resident ID number: its check character, its birth date, its mask. */
import { idNumberBirthDate, idNumberSchema, isValidIdNumber, maskIdNumber } from './id-number';

describe('the resident ID number', () => {
  it('checks the check character (GB 11643) and the birth date', () => {
    expect(isValidIdNumber('110105198503120020')).toBe(true);
    expect(isValidIdNumber('110101199001011237')).toBe(true);
    expect(isValidIdNumber('110105198503120021')).toBe(false); // wrong check character
    expect(isValidIdNumber('110105198502300029')).toBe(false); // 30 February
    expect(isValidIdNumber('11010519850312002')).toBe(false); // 17 characters
    expect(isValidIdNumber('11010519850312002x')).toBe(false); // lower case before normalization
  });

  it('accepts X as the check character, and a lower-case x once normalized', () => {
    // 11010119800101007: weighted sum 112, 112 mod 11 = 2 → X
    expect(isValidIdNumber('11010119800101007X')).toBe(true);
    expect(idNumberSchema.parse(' 11010119800101007x ')).toBe('11010119800101007X');
  });

  it('reads the birth date it carries', () => {
    expect(idNumberBirthDate('110105198503120020')).toBe('1985-03-12');
    expect(idNumberBirthDate('110105198513120020')).toBeNull();
  });

  it('masks all but the first three and the last four characters', () => {
    expect(maskIdNumber('110105198503120020')).toBe('110***********0020');
    expect(maskIdNumber('11010119800101007X')).toBe('110***********007X');
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});
