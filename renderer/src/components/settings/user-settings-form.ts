// The form of Cài đặt › Người sử dụng (@mantine/form): the clerk's name and "Số ngày báo sắp đến hạn";
// the first-start question (ClerkNameModal) asks the name alone, with the same rule. What each form
// says about its fields before sending, and what it sends.
import type { ParsedInput } from '../../../../shared/api/contract';
import type { SettingsValues } from '../../../../shared/api/models';
import { normalizeClerkName, readClerkName } from '../../../../shared/domain/clerk-name';
import { settingsVersion } from '../../../../shared/domain/edit-version';

export interface UserSettingsValues {
  clerkName: string;
  /** As the number input gives it: '' while empty. */
  dueSoonDays: number | string;
}

export const DUE_SOON_MISSING = 'Chưa nhập số ngày báo sắp đến hạn.';

/** The clerk's name: readClerkName's message ("Chưa nhập tên cán bộ. …"), or null. */
export function clerkNameRule(text: string): string | null {
  const read = readClerkName(text);
  return read.ok ? null : read.message;
}

export function dueSoonDaysRule(days: number | string): string | null {
  return typeof days === 'number' ? null : DUE_SOON_MISSING;
}

export const userSettingsRules = { clerkName: clerkNameRule, dueSoonDays: dueSoonDaysRule };

export function userSettingsValues(stored: SettingsValues): UserSettingsValues {
  return { clerkName: stored.clerkName, dueSoonDays: stored.dueSoonDays };
}

/**
 * What "Lưu" sends: the name as stored (spaces trimmed and made single) and the days, with the version
 * of the values the form was opened on, so a save over values saved since in another window is refused.
 */
export function userSettingsRequest(values: UserSettingsValues, openedOn: SettingsValues | null): ParsedInput<'settings.update'> {
  return {
    ...(openedOn ? { version: settingsVersion(openedOn) } : {}),
    clerkName: normalizeClerkName(values.clerkName),
    dueSoonDays: Number(values.dueSoonDays),
  };
}

/** What the first-start question sends: the name alone. */
export function clerkNameRequest(values: { clerkName: string }): ParsedInput<'settings.update'> {
  return { clerkName: normalizeClerkName(values.clerkName) };
}
