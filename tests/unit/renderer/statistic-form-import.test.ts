// Recording a filled statistics form (renderer/src/components/reports/statistic-form-import.ts): when
// it can be recorded and the request it sends.
import { describe, expect, it } from 'vitest';
import type { FormPreview, FormPreviewAgency } from '../../../shared/api/excel-contract';
import { canRecordForm, formImportRequest, newReportsOf } from '../../../renderer/src/components/reports/statistic-form-import';

describe('a filled statistics form recorded', () => {
  const agency = (id: number, reportId: number | null): FormPreviewAgency => ({
    agency: { id, shortName: `DV${id}`, kind: 'police', name: `Đơn vị ${id}` },
    sheet: `DV${id}`,
    reportId,
    figures: [{ statisticCode: 'B06', label: 'Số xã', unit: 'xã', value: 21, previous: null, note: null, cell: 'E7' }],
  });
  const preview = (agencies: FormPreviewAgency[], problems: FormPreview['problems'] = []): FormPreview => ({ periodId: 3, periodLabel: '6 tháng đầu năm 2022', agencies, problems });
  const day = { arrivalDate: '2022-06-14' };

  it('counts the agencies that get a new report', () => {
    expect(newReportsOf(null)).toBe(0);
    expect(newReportsOf(preview([agency(1, null), agency(2, 40), agency(3, null)]))).toBe(2);
  });

  it('waits for a file read without a bad cell, with figures, and for the arrival day of new reports', () => {
    const good = preview([agency(1, null)]);
    expect(canRecordForm(good, true, day, null)).toBe(true);
    expect(canRecordForm(good, false, day, null)).toBe(false);
    expect(canRecordForm(preview([agency(1, null)], [{ sheet: 'DV1', cell: 'E7', message: 'không phải là một số' }]), true, day, null)).toBe(false);
    expect(canRecordForm(preview([]), true, day, null)).toBe(false);
    expect(canRecordForm(good, true, { arrivalDate: null }, null)).toBe(false);
    expect(canRecordForm(good, true, day, 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBe(false);
    // Every agency already has its report: no arrival day is needed.
    expect(canRecordForm(preview([agency(2, 40)]), true, { arrivalDate: null }, null)).toBe(true);
  });

  it('sends the file read and the arrival day when one is given', () => {
    const upload = { fileName: 'bieu-mau.xlsx', contentBase64: 'UEsDBA==' };
    expect(formImportRequest(1, upload, day)).toEqual({ planId: 1, fileName: 'bieu-mau.xlsx', contentBase64: 'UEsDBA==', arrivalDate: '2022-06-14' });
    expect(formImportRequest(1, upload, { arrivalDate: null })).toEqual({ planId: 1, fileName: 'bieu-mau.xlsx', contentBase64: 'UEsDBA==' });
  });
});
