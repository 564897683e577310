// The forms of "Nhập kế hoạch từ tệp Word…" (renderer/src/components/plans/import/import-form.ts): what
// the chooser says about the file and sends, what the review sends, and where a refusal is shown.
import { describe, expect, it } from 'vitest';
import type { PlanImportPreview } from '../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../shared/domain/plan-dataset';
import {
  createRequest,
  fileRule,
  hasSomethingToRead,
  previewRequest,
  reviewValues,
  yearNote,
} from '../../../renderer/src/components/plans/import/import-form';

const dataset = { plan: { title: 'Phòng, chống mại dâm năm 2022', year: 2022 }, tasks: [], targets: [] } as unknown as PlanDataset;

describe('choosing the plan to read', () => {
  it('refuses a file over 10 MB before reading it, naming the file', () => {
    expect(fileRule({ name: 'ke-hoach.docx', size: 10 * 1024 * 1024 + 1 })).toBe('Tệp "ke-hoach.docx" quá lớn: chỉ nhận tệp Word đến 10 MB.');
    expect(fileRule({ name: 'ke-hoach.docx', size: 10 * 1024 * 1024 })).toBeNull();
    expect(fileRule(null)).toBeNull();
  });

  it('has something to read once a file is chosen or text other than spaces is pasted', () => {
    expect(hasSomethingToRead({ file: null, text: '  \n ' })).toBe(false);
    expect(hasSomethingToRead({ file: null, text: 'KẾ HOẠCH' })).toBe(true);
    expect(hasSomethingToRead({ file: new File([], 'a.docx'), text: '' })).toBe(true);
  });

  it('sends the chosen file\'s name and bytes as base64, or else the pasted text', () => {
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'ke-hoach.docx');
    // "PK\x03\x04" in base64, worked out by hand: 010100 000100 101100 000011 000001 00(0000) -> U E s D B A==
    expect(previewRequest({ file, text: 'ignored' }, new Uint8Array([80, 75, 3, 4]))).toEqual({ fileName: 'ke-hoach.docx', contentBase64: 'UEsDBA==' });
    expect(previewRequest({ file: null, text: 'KẾ HOẠCH\nI. MỤC ĐÍCH' }, null)).toEqual({ text: 'KẾ HOẠCH\nI. MỤC ĐÍCH' });
  });
});

describe('the review of the plan read', () => {
  it('opens on the plan as read, for the year written in it', () => {
    expect(reviewValues({ dataset } as PlanImportPreview)).toEqual({ dataset, year: 2022 });
  });

  it('sends the corrected plan, with the year only when one is typed', () => {
    expect(createRequest({ dataset, year: 2026 })).toEqual({ dataset, year: 2026 });
    expect(createRequest({ dataset, year: '' })).toEqual({ dataset });
  });

  it('says how far the deadlines move when the plan is made for another year', () => {
    expect(yearNote({ dataset, year: 2026 })).toBe('Lập cho năm 2026: thời hạn dời 4 năm');
    expect(yearNote({ dataset, year: 2022 })).toBe('Năm ghi trong văn bản');
    expect(yearNote({ dataset, year: '' })).toBe('Năm ghi trong văn bản');
  });
});
