// The received report's form (renderer/src/components/reports/report-form.ts): what it says about the
// figures before sending, what it sends, and under which line a refusal of the API is shown.
import { describe, expect, it } from 'vitest';
import type { ReceivedReportRow, StatisticRow } from '../../../shared/api/models';
import { figureLine, formPathOfRefusal, initialReportValues, readFigures, reportFields } from '../../../renderer/src/components/reports/report-form';

const stat = (code: string, unit: string): StatisticRow => ({
  code,
  label: `Chỉ số ${code}`,
  unit,
  kind: 'flow',
  group: 'B',
  partOf: null,
  builtin: true,
  planId: null,
});
const byCode = new Map([stat('B06', 'xã'), stat('E01', 'lượt người'), stat('T01', '%'), stat('C01', 'cuộc')].map((s) => [s.code, s]));

describe('the figures of the report form', () => {
  it('sends the lines with a figure, read Vietnamese style, and remembers which line each came from', () => {
    const read = readFigures([figureLine('B06', '21'), figureLine('E01', ''), figureLine('T01', '12,5'), figureLine(null, '')], byCode);
    expect(read.errors).toEqual({});
    expect(read.figures).toEqual([
      { statisticCode: 'B06', value: 21 },
      { statisticCode: 'T01', value: 12.5 },
    ]);
    expect(read.lines).toEqual([0, 2]);
  });

  it('names the line and what is wrong: no statistic, a statistic twice, a negative figure, a percentage over 100', () => {
    const read = readFigures(
      [figureLine(null, '5'), figureLine('B06', '1.250'), figureLine('B06', '3'), figureLine('E01', '-3'), figureLine('T01', '120'), figureLine('C01', 'mười')],
      byCode,
    );
    expect(read.errors).toEqual({
      'figures.0.statisticCode': 'Chưa chọn chỉ số.',
      'figures.2.statisticCode': 'Chỉ số này đã có ở dòng trên.',
      'figures.3.value': 'Số liệu không được là số âm.',
      'figures.4.value': 'Số liệu là tỷ lệ phần trăm, không được lớn hơn 100.',
      'figures.5.value': 'Số liệu phải là một số.',
    });
    expect(read.figures).toEqual([{ statisticCode: 'B06', value: 1250 }]);
  });
});

describe('a refusal of the API lands under its field', () => {
  it('a figure refused by the API is shown on the line the clerk sees, not the line of the request', () => {
    // Line 1 was left empty, so the request's second figure is the form's third line.
    expect(formPathOfRefusal('figures.1.value', [0, 2])).toBe('figures.2.value');
    expect(formPathOfRefusal('figures.0.statisticCode', [0, 2])).toBe('figures.0.statisticCode');
    expect(formPathOfRefusal('figures.2.value', [0, 2])).toBeNull();
  });

  it('files, dates and texts under their inputs; anything else (the version, the report) above the form', () => {
    expect(formPathOfRefusal('addAttachments.0', [])).toBe('files');
    expect(formPathOfRefusal('attachments', [])).toBe('files');
    expect(formPathOfRefusal('arrivalDate', [])).toBe('arrivalDate');
    expect(formPathOfRefusal('docNumber', [])).toBe('docNumber');
    expect(formPathOfRefusal('version', [])).toBeNull();
    expect(formPathOfRefusal('reportId', [])).toBeNull();
    expect(formPathOfRefusal('figures', [])).toBeNull();
  });
});

describe('what the form opens with and sends', () => {
  it('a new report arrives today on paper; a recorded one opens with its values and figures written Vietnamese style', () => {
    const fresh = initialReportValues(null, '2022-07-01');
    expect(fresh).toMatchObject({ arrivalDate: '2022-07-01', docNumber: '', docDate: null, channel: 'paper', needsSupplement: false, notes: '', figures: [], files: [] });

    const recorded = { arrivalDate: '2022-06-20', docNumber: '125/BC-CAT', docDate: '2022-06-18', channel: 'email', needsSupplement: true, notes: 'Thiếu phụ lục', figures: [{ statisticCode: 'B06', value: 1250.5 }] } as unknown as ReceivedReportRow;
    const opened = initialReportValues(recorded, '2022-07-01');
    expect(opened).toMatchObject({ arrivalDate: '2022-06-20', docNumber: '125/BC-CAT', docDate: '2022-06-18', channel: 'email', needsSupplement: true, notes: 'Thiếu phụ lục' });
    expect(opened.figures.map((f) => [f.statisticCode, f.value])).toEqual([['B06', '1.250,5']]);
  });

  it('blank texts are sent as nothing, trimmed texts as typed', () => {
    const values = { ...initialReportValues(null, '2022-07-01'), docNumber: '  ', notes: ' Gửi bản scan ' };
    expect(reportFields(values, [])).toEqual({
      arrivalDate: '2022-07-01',
      docNumber: null,
      docDate: null,
      channel: 'paper',
      needsSupplement: false,
      notes: 'Gửi bản scan',
      figures: [],
    });
  });
});
