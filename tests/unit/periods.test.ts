import { describe, expect, it } from 'vitest';
import { dataWindow, periodLabel } from '../../shared/domain/periods';

describe('data windows of reporting periods (Decree 09/2019)', () => {
  it('6-month 2022 runs from 15/12/2021 to 14/06/2022', () => {
    expect(dataWindow('six_month', 2022)).toEqual({ from: '2021-12-15', to: '2022-06-14' });
  });
  it('the year 2022 runs from 15/12/2021 to 14/12/2022', () => {
    expect(dataWindow('annual', 2022)).toEqual({ from: '2021-12-15', to: '2022-12-14' });
  });
  it('quarter I starts in the previous year; quarter IV in September', () => {
    expect(dataWindow('quarter', 2023, 1)).toEqual({ from: '2022-12-15', to: '2023-03-14' });
    expect(dataWindow('quarter', 2023, 4)).toEqual({ from: '2023-09-15', to: '2023-12-14' });
  });
  it('January runs from 15 December', () => {
    expect(dataWindow('month', 2023, 1)).toEqual({ from: '2022-12-15', to: '2023-01-14' });
    expect(dataWindow('nine_month', 2022)).toEqual({ from: '2021-12-15', to: '2022-09-14' });
  });
  it('labels read as in reports', () => {
    expect(periodLabel('six_month', 2022)).toBe('6 tháng đầu năm 2022');
    expect(periodLabel('annual', 2022)).toBe('năm 2022');
    expect(periodLabel('quarter', 2022, 3)).toBe('quý III năm 2022');
  });
});
