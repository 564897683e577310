import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, matchesSearch, nfc, stripDiacritics } from '../../shared/text/vietnamese';
import { agencyCodeFrom } from '../../shared/domain/agency-rules';
import { asciiSlug } from '../../shared/documents/content';
import { foldForMatch } from '../../shared/plan-import/agencies';

describe('diacritic-insensitive search', () => {
  it('finds "Công an tỉnh" from "cong an"', () => {
    expect(matchesSearch('Công an tỉnh Quảng Trị', 'cong an')).toBe(true);
  });
  it('finds "tuyên truyền" from "tuyen truyen" and from upper case', () => {
    expect(matchesSearch('Tổ chức các hoạt động tuyên truyền', 'tuyen truyen')).toBe(true);
    expect(matchesSearch('Tổ chức các hoạt động tuyên truyền', 'TUYÊN TRUYỀN')).toBe(true);
  });
  it('folds đ to d', () => {
    expect(foldVietnamese('Đakrông, Đông Hà')).toBe('dakrong, dong ha');
    expect(matchesSearch('UBND huyện Đakrông', 'dakrong')).toBe(true);
  });
  it('needs every word, in any order', () => {
    expect(matchesSearch('UBND huyện Hướng Hóa', 'hoa huong')).toBe(true);
    expect(matchesSearch('UBND huyện Hướng Hóa', 'huong linh')).toBe(false);
  });
  it('matches text typed in decomposed form (NFD) the same as precomposed', () => {
    expect(matchesSearch('Sở Y tế', 'Sở Y tế'.normalize('NFD'))).toBe(true);
    expect(nfc('Sở Y tế'.normalize('NFD'))).toBe('Sở Y tế');
  });
  it('an empty query matches everything', () => {
    expect(matchesSearch('bất kỳ', '   ')).toBe(true);
  });
});

describe('Vietnamese alphabetical order', () => {
  it('puts đ after d, ơ after ô, and numbers in numeric order', () => {
    const names = ['Đông Hà', 'Phường 10', 'Dân', 'Ơn', 'Ôn', 'Phường 2', 'An'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Dân', 'Đông Hà', 'Ôn', 'Ơn', 'Phường 2', 'Phường 10']);
  });
});

describe('one rule removes diacritics', () => {
  it('drops tone and vowel marks, đ -> d and Đ -> D, and keeps case', () => {
    expect(stripDiacritics('Sở Lao động - Thương binh và Xã hội')).toBe('So Lao dong - Thuong binh va Xa hoi');
    expect(stripDiacritics('ĐOÀN ĐẠI BIỂU đường Ưu')).toBe('DOAN DAI BIEU duong Uu');
    // a decomposed (NFD) input gives the same as a precomposed one
    expect(stripDiacritics('Quảng Trị'.normalize('NFD'))).toBe('Quang Tri');
  });

  it('search, agency codes, file names and plan-import matching all read the same letters', () => {
    const name = 'Đoàn TN Quảng Trị';
    expect(foldVietnamese(name)).toBe('doan tn quang tri');
    expect(agencyCodeFrom(name)).toBe('DOAN-TN-QUANG-TRI');
    expect(asciiSlug(name)).toBe('Doan-TN-Quang-Tri');
    expect(foldForMatch(name)).toBe(' doan tn quang tri ');
  });
});
