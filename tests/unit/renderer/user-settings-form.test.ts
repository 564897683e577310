// Cài đặt › Người sử dụng and the first-start question (renderer/src/components/settings/user-settings-form.ts):
// what they say about each field before sending, and what they send.
import { describe, expect, it } from 'vitest';
import type { SettingsValues } from '../../../shared/api/models';
import { settingsVersion } from '../../../shared/domain/edit-version';
import {
  clerkNameRequest,
  userSettingsRequest,
  userSettingsRules,
  userSettingsValues,
} from '../../../renderer/src/components/settings/user-settings-form';

const stored: SettingsValues = { clerkName: 'Nguyễn Thị Lan', dueSoonDays: 7, currentPlanId: 1 };

describe('the rules of Người sử dụng', () => {
  it('names the clerk\'s name when it is empty, has no letter or is too long', () => {
    expect(userSettingsRules.clerkName('   ')).toBe('Chưa nhập tên cán bộ. Tên này được ghi vào lịch sử mỗi lần thay đổi dữ liệu.');
    expect(userSettingsRules.clerkName('123 -')).toBe('Tên cán bộ phải có chữ, ví dụ "Nguyễn Thị Lan".');
    expect(userSettingsRules.clerkName('a'.repeat(101))).toBe('Tên cán bộ dài quá 100 ký tự.');
    expect(userSettingsRules.clerkName(' Trần Thị Mai ')).toBeNull();
  });

  it('names the days ahead when the number is left empty; 0 is a number', () => {
    expect(userSettingsRules.dueSoonDays('')).toBe('Chưa nhập số ngày báo sắp đến hạn.');
    expect(userSettingsRules.dueSoonDays(0)).toBeNull();
    expect(userSettingsRules.dueSoonDays(14)).toBeNull();
  });
});

describe('what Người sử dụng sends', () => {
  it('opens on the stored values', () => {
    expect(userSettingsValues(stored)).toEqual({ clerkName: 'Nguyễn Thị Lan', dueSoonDays: 7 });
  });

  it('sends the name as stored, the days, and the version of the values it was opened on (not of the typed ones)', () => {
    const request = userSettingsRequest({ clerkName: '  Trần   Thị Mai ', dueSoonDays: 10 }, stored);
    expect(request).toEqual({ version: settingsVersion(stored), clerkName: 'Trần Thị Mai', dueSoonDays: 10 });
    expect(request.version).not.toBe(settingsVersion({ ...stored, clerkName: 'Trần Thị Mai', dueSoonDays: 10 }));
  });

  it('sends no version before the stored values are known', () => {
    expect(userSettingsRequest({ clerkName: 'Lan', dueSoonDays: 3 }, null)).toEqual({ clerkName: 'Lan', dueSoonDays: 3 });
  });

  it('the first-start question sends the name alone, spaces made single', () => {
    expect(clerkNameRequest({ clerkName: '  Trần   Thị Mai ' })).toEqual({ clerkName: 'Trần Thị Mai' });
  });
});
