// String rules of NĐ30 for the Số line, the date line and list lines (PL I §II.3, §II.4, §II.9).
import type { DocumentDate, DocumentNumber } from './types';

/** Thrown when a builder gets input it cannot print; `message` is Vietnamese, for the clerk. */
export class DocumentInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'DocumentInputError';
  }
}

/** Precomposed Unicode (dựng sẵn). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Blank left for the văn thư to write the number by hand. */
export const BLANK_NUMBER = ' '.repeat(8);
/** Blank left for the day (and month) of a draft. */
export const BLANK_DAY = ' '.repeat(6);

/** Numbers below 10 get a leading zero: 5 -> "05", 12 -> "12", 125 -> "125". */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "05/KH-BCĐ138", or the blank "        /KH-BCĐ138" for a draft. */
export function formatNumberAndSymbol(num: DocumentNumber): string {
  const symbol = nfc(num.symbol).trim();
  if (!symbol) throw new DocumentInputError('Thiếu ký hiệu văn bản.', 'number.symbol');
  if (num.number === null) return `${BLANK_NUMBER}/${symbol}`;
  if (!Number.isInteger(num.number) || num.number < 1) {
    throw new DocumentInputError(`Số văn bản không hợp lệ: ${num.number}.`, 'number.number');
  }
  return `${pad2(num.number)}/${symbol}`;
}

/** The ô 3 line: "Số: 05/KH-BCĐ138". */
export function formatNumberLine(num: DocumentNumber): string {
  return `Số: ${formatNumberAndSymbol(num)}`;
}

/**
 * "ngày 05 tháng 3 năm 2022": day below 10 and months 1 and 2 get a leading zero, months 3–12 do not.
 * A null day or month leaves a blank.
 */
export function formatVietnameseDate(date: DocumentDate): string {
  const { day, month, year } = date;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new DocumentInputError(`Năm không hợp lệ: ${year}.`, 'date.year');
  }
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new DocumentInputError(`Tháng không hợp lệ: ${month}.`, 'date.month');
  }
  if (day !== null) {
    const last = month === null ? 31 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!Number.isInteger(day) || day < 1 || day > last) {
      throw new DocumentInputError(`Ngày không hợp lệ: ${day}.`, 'date.day');
    }
  }
  const d = day === null ? BLANK_DAY : pad2(day);
  const m = month === null ? BLANK_DAY : month <= 2 ? pad2(month) : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

/** The ô 4 line: "Quảng Trị, ngày 05 tháng 3 năm 2022". */
export function formatDateLine(placeName: string, date: DocumentDate): string {
  const place = nfc(placeName).trim();
  if (!place) throw new DocumentInputError('Thiếu địa danh.', 'settings.placeName');
  return `${place}, ${formatVietnameseDate(date)}`;
}

/** Removes a leading "- " and trailing list punctuation, so a line can be given with or without them. */
export function bareListItem(text: string): string {
  return nfc(text)
    .trim()
    .replace(/^[-–+]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}

/**
 * List lines for Nơi nhận or Kính gửi: "- X;" for each item, the last ending with `lastEnding`.
 */
export function listLines(items: string[], lastEnding: '.' | ';'): string[] {
  const bare = items.map(bareListItem).filter((s) => s.length > 0);
  return bare.map((s, i) => `- ${s}${i === bare.length - 1 ? lastEnding : ';'}`);
}

/** "- Lưu: VT, PCTNXH." from "Lưu: VT, PCTNXH" with or without the dash and the final dot. */
export function archiveLine(text: string): string {
  const bare = bareListItem(text);
  if (!/^Lưu\b/.test(bare)) {
    throw new DocumentInputError('Dòng lưu phải bắt đầu bằng "Lưu:", ví dụ "Lưu: VT, PCTNXH."', 'settings.archiveLine');
  }
  return `- ${bare}.`;
}

/** Căn cứ lines end with ";" and the last with "." (PL I §II.6.a). */
export function basisLines(items: string[]): string[] {
  const bare = items.map((s) => nfc(s).trim().replace(/[;.,]+$/, '')).filter((s) => s.length > 0);
  return bare.map((s, i) => `${s}${i === bare.length - 1 ? '.' : ';'}`);
}

/** The text of a document ends with "./.". */
export function withFinalMark(text: string): string {
  const t = nfc(text).trimEnd();
  if (t.endsWith('./.')) return t;
  return `${t.replace(/[.;:,]+$/, '')}./.`;
}

/** Roman numerals for appendix and section numbering. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, sym] of table) {
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  }
  return out;
}

/** Upper case as Vietnamese prints it (đ -> Đ); NFC. */
export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

/** Lower-cases the first letter, for a title cited after "về": "Phòng, chống…" -> "phòng, chống…". */
export function lowerFirst(text: string): string {
  const t = nfc(text).trim();
  const first = t.charAt(0);
  const second = t.charAt(1);
  // Leave acronyms ("UBND …") alone.
  if (second && second === second.toLocaleUpperCase('vi') && second !== second.toLocaleLowerCase('vi')) return t;
  return first.toLocaleLowerCase('vi') + t.slice(1);
}
