import { describe, expect, it } from 'vitest';
import { DATE_FORMAT_MESSAGE, dateMessageFor, readDateVi } from '../../shared/dates/vietnamese-dates';

describe('readDateVi: the one rule of every date field', () => {
  it('reads a day typed the way a clerk writes it', () => {
    expect(readDateVi('15/6/2022')).toEqual({ iso: '2022-06-15', error: null });
    expect(readDateVi(' 29.02.2024 ')).toEqual({ iso: '2024-02-29', error: null });
  });

  it('empty text is no date and no error (the form says whether it is required)', () => {
    expect(readDateVi('   ')).toEqual({ iso: null, error: null });
  });

  it('a day the calendar does not have is named, with how many days the month has', () => {
    expect(readDateVi('31/02/2022')).toEqual({ iso: null, error: 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).' });
    expect(readDateVi('29/2/2023').error).toBe('Không có ngày 29/02/2023 (tháng 2 năm 2023 có 28 ngày).');
    expect(readDateVi('31/4/2022').error).toBe('Không có ngày 31/04/2022 (tháng 4 năm 2022 có 30 ngày).');
    expect(readDateVi('15/13/2022').error).toBe('Không có ngày 15/13/2022 (một năm có 12 tháng).');
  });

  it('text that is not dd/mm/yyyy says how to write it, not that the day is missing', () => {
    expect(readDateVi('2022-02-15').error).toBe(DATE_FORMAT_MESSAGE);
    expect(readDateVi('15/02/22').error).toBe(DATE_FORMAT_MESSAGE);
    expect(readDateVi('mai').error).toBe('Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/06/2022.');
  });

  it('a year outside what the app stores says so', () => {
    expect(readDateVi('01/01/1899').error).toBe('Năm 1899 nằm ngoài khoảng ứng dụng ghi nhận (từ 1900 đến 2999).');
  });

  it('a message shown away from its field names the field', () => {
    expect(dateMessageFor('Hạn gửi', 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBe(
      'Hạn gửi: không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).',
    );
  });
});
