// The clerk's name, written into every history entry ("Người thực hiện"). Asked once at first start
// (renderer/src/components/ClerkNameModal.tsx) and changed in Cài đặt; both read it with this rule.

export const CLERK_NAME_MAX = 100;

/** The name as it is stored: spaces trimmed and runs of spaces made one. */
export function normalizeClerkName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The name to store, or a Vietnamese message naming the field. */
export function readClerkName(text: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = normalizeClerkName(text);
  if (name === '') return { ok: false, message: 'Chưa nhập tên cán bộ. Tên này được ghi vào lịch sử mỗi lần thay đổi dữ liệu.' };
  if (name.length > CLERK_NAME_MAX) return { ok: false, message: `Tên cán bộ dài quá ${CLERK_NAME_MAX} ký tự.` };
  if (!/\p{L}/u.test(name)) return { ok: false, message: 'Tên cán bộ phải có chữ, ví dụ "Nguyễn Thị Lan".' };
  return { ok: true, name };
}

/** Whether the app still has to ask the clerk's name (a name of spaces only counts as none). */
export function needsClerkName(stored: string | null | undefined): boolean {
  return normalizeClerkName(stored ?? '') === '';
}
