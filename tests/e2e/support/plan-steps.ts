// Steps a clerk takes to set up and run a plan through the screens, shared by the end-to-end tests:
// each one clicks and types as a person would, and waits for what the screen shows afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { readDocx, type DocxReader } from '../../helpers/docx/reader';

/** Where the app does real work (saving, reloading a screen) on a loaded machine. */
export const SLOW = { timeout: 30_000 };

/** Opens a combobox, types to narrow it, and picks an option. */
export async function pick(page: Page, field: Locator, typed: string, option: string): Promise<void> {
  await field.click();
  if (typed) await field.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface NewPlan {
  title: string;
  year: string;
  symbol: string;
  province: string;
  issuer: string;
}

/** "Kế hoạch mới…" › Kế hoạch trống; the new plan becomes the working one. */
export async function createEmptyPlan(page: Page, plan: NewPlan): Promise<void> {
  await page.getByRole('button', { name: 'Kế hoạch mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kế hoạch mới' });
  await dialog.getByRole('tab', { name: 'Kế hoạch trống' }).click();
  await dialog.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(plan.title);
  await dialog.getByRole('textbox', { name: 'Năm' }).fill(plan.year);
  await dialog.getByRole('textbox', { name: 'Ký hiệu' }).fill(plan.symbol);
  await dialog.getByRole('combobox', { name: 'Tỉnh, thành phố' }).fill(plan.province);
  await dialog.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill(plan.issuer);
  await dialog.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
  await expect(dialog).toBeHidden(SLOW);
  await expect(page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' })).toHaveValue(`${plan.title} (${plan.year})`, SLOW);
}

export interface NewAgency {
  name: string;
  abbreviation: string;
  kind: string;
  /** The level when it differs from the one the kind suggests. */
  level?: string;
}

/** Cơ quan, đơn vị › "Thêm cơ quan, đơn vị". */
export async function addAgency(page: Page, agency: NewAgency): Promise<void> {
  await page.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
  await form.getByRole('textbox', { name: 'Tên đầy đủ' }).fill(agency.name);
  await form.getByRole('textbox', { name: 'Tên viết tắt' }).fill(agency.abbreviation);
  await form.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: agency.kind, exact: true }).click();
  if (agency.level) {
    await form.getByRole('combobox', { name: 'Cấp' }).click();
    await page.getByRole('option', { name: agency.level, exact: true }).click();
  }
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await expect(form).toBeHidden(SLOW);
}

export interface Duty {
  kind?: string;
  title?: string;
  due: string;
  /** [typed, option] pairs of the agencies that must report. */
  obliged: [string, string][];
}

/** Báo cáo › "Thêm chế độ báo cáo". */
export async function addDuty(page: Page, duty: Duty): Promise<void> {
  await page.getByRole('button', { name: 'Thêm chế độ báo cáo' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm chế độ báo cáo' });
  if (duty.kind) await pick(page, form.getByRole('combobox', { name: 'Kỳ báo cáo' }), '', duty.kind);
  if (duty.title) await form.getByRole('textbox', { name: 'Tên báo cáo' }).fill(duty.title);
  await form.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' }).fill(duty.due);
  const obliged = form.getByRole('combobox', { name: 'Đơn vị phải báo cáo' });
  for (const [typed, option] of duty.obliged) await pick(page, obliged, typed, option);
  await obliged.press('Tab');
  await form.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(form).toBeHidden(SLOW);
}

export interface NewTask {
  /** The code the app gives it, e.g. "I.2": its drawer opens under that name. */
  code: string;
  /** A new group's code and title, when the task opens a group. */
  newGroup?: { code: string; title: string };
  /** Otherwise the existing group, as listed: "I. Công tác tuyên truyền". */
  group?: string;
  content: string;
  /** [typed, option] pairs of the lead agencies. */
  leads: [string, string][];
  supports?: [string, string][];
  deadline: { date: string } | { period: string };
  deadlineText?: string;
}

/** Nhiệm vụ › "Thêm nhiệm vụ"; the new task's drawer opens, and is closed. */
export async function addTask(page: Page, task: NewTask): Promise<void> {
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  const newGroup = form.getByRole('checkbox', { name: 'Thêm nhóm nhiệm vụ mới' });
  if (task.newGroup) {
    await newGroup.check();
    await form.getByRole('textbox', { name: 'Mã nhóm' }).fill(task.newGroup.code);
    await form.getByRole('textbox', { name: 'Tên nhóm' }).fill(task.newGroup.title);
  } else {
    await newGroup.uncheck();
    await pick(page, form.getByRole('combobox', { name: 'Nhóm nhiệm vụ' }), '', task.group!);
  }
  await form.getByRole('textbox', { name: 'Nội dung nhiệm vụ' }).fill(task.content);
  const leads = form.getByRole('combobox', { name: 'Cơ quan chủ trì' });
  for (const [typed, option] of task.leads) await pick(page, leads, typed, option);
  await leads.press('Tab');
  const supports = form.getByRole('combobox', { name: 'Cơ quan phối hợp' });
  for (const [typed, option] of task.supports ?? []) await pick(page, supports, typed, option);
  if ('date' in task.deadline) {
    await form.getByRole('textbox', { name: 'Thời hạn (ngày)' }).fill(task.deadline.date);
  } else {
    await form.getByRole('radiogroup', { name: 'Loại thời hạn' }).getByText('Theo kỳ báo cáo', { exact: true }).click();
    await pick(page, form.getByRole('combobox', { name: 'Kỳ báo cáo' }), '', task.deadline.period);
  }
  if (task.deadlineText) await form.getByRole('textbox', { name: 'Diễn giải thời hạn' }).fill(task.deadlineText);
  await expect(form.getByRole('textbox', { name: 'Mã nhiệm vụ' })).toHaveValue(task.code);
  await form.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(form).toBeHidden(SLOW);
  const drawer = page.getByRole('dialog', { name: `Nhiệm vụ ${task.code}` });
  await expect(drawer).toBeVisible(SLOW);
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();
}

/** Chỉ tiêu › Chỉ số và đơn vị báo cáo › "Thêm chỉ số". */
export async function addStatistic(page: Page, stat: { code: string; unit: string; label: string }): Promise<void> {
  await page.getByRole('tab', { name: 'Chỉ số và đơn vị báo cáo' }).click();
  await page.getByRole('button', { name: 'Thêm chỉ số' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm chỉ số của kế hoạch' });
  await form.getByRole('textbox', { name: 'Mã chỉ số' }).fill(stat.code);
  await form.getByRole('textbox', { name: 'Đơn vị tính' }).fill(stat.unit);
  await form.getByRole('textbox', { name: 'Tên chỉ số' }).fill(stat.label);
  await form.getByRole('button', { name: 'Lưu chỉ số' }).click();
  await expect(form).toBeHidden(SLOW);
  await expect(page.getByRole('table', { name: 'Danh mục chỉ số' }).getByRole('row').filter({ hasText: stat.code })).toBeVisible(SLOW);
}

/** A report arriving in the register, with its figures (statistic code → value). */
export async function recordReport(page: Page, agency: string, arrival: string, figures: Record<string, string>): Promise<void> {
  const register = page.getByRole('table', { name: 'Sổ theo dõi báo cáo' });
  const row = register.getByRole('row').filter({ has: page.getByText(agency, { exact: true }) });
  await row.getByRole('button', { name: `Ghi nhận báo cáo của ${agency}` }).click();
  const form = page.getByRole('dialog', { name: `Ghi nhận báo cáo: ${agency}` });
  await form.getByLabel('Ngày đến').fill(arrival);
  await form.getByRole('button', { name: 'Thêm các chỉ số đơn vị phải báo cáo' }).click();
  for (const [code, value] of Object.entries(figures)) await form.getByLabel(`Giá trị ${code}`).fill(value);
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(row).toContainText(`${Object.keys(figures).length} số liệu`, SLOW);
}

/** Văn bản › "Xuất văn bản Word": the downloaded file, its reader and the text of word/document.xml. */
export async function exportWord(page: Page): Promise<{ download: Download; docx: DocxReader; text: string; file: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Xuất văn bản Word' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-docx-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1'), 'a .docx is a zip file').toBe('PK');
  return { download, docx: readDocx(bytes), text: documentText(bytes), file };
}

/** The text of a .docx's word/document.xml, one line per paragraph, entities decoded. */
export function documentText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
