// The clerk's name asked at first start and changed in Cài đặt (shared/domain/clerk-name.ts).
import { describe, expect, it } from 'vitest';
import { needsClerkName, readClerkName } from '../../shared/domain/clerk-name';

describe('the clerk\'s name', () => {
  it('is stored without the stray spaces of typing', () => {
    expect(readClerkName('  Trần   Thị Mai ')).toEqual({ ok: true, name: 'Trần Thị Mai' });
  });

  it('is refused when empty or only spaces, with a message naming the field', () => {
    expect(readClerkName('   ')).toEqual({ ok: false, message: 'Chưa nhập tên cán bộ. Tên này được ghi vào lịch sử mỗi lần thay đổi dữ liệu.' });
  });

  it('is refused without a letter, or longer than 100 characters', () => {
    expect(readClerkName('123 -')).toEqual({ ok: false, message: 'Tên cán bộ phải có chữ, ví dụ "Nguyễn Thị Lan".' });
    expect(readClerkName('a'.repeat(100))).toEqual({ ok: true, name: 'a'.repeat(100) });
    expect(readClerkName('a'.repeat(101))).toEqual({ ok: false, message: 'Tên cán bộ dài quá 100 ký tự.' });
  });

  it('is asked at start only while none is stored', () => {
    expect(needsClerkName('')).toBe(true);
    expect(needsClerkName('  ')).toBe(true);
    expect(needsClerkName(null)).toBe(true);
    expect(needsClerkName('Nguyễn Thị Lan')).toBe(false);
  });
});
