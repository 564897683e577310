// The rules that break a centred title or an agency name into lines (layout/metrics.ts balancedLines),
// one rule at a time. The texts are set at 102.4 pt, where one font unit of tnr-widths.json is one
// twip (2048 units to the em × 102.4 pt × 20 / 2048 = 1), so every width below is a plain sum of the
// advances in the spec's metrics file (Regular: n 1024, space 512, digits 1024; an accented letter
// takes its base letter's advance). Each measure is the widest line wanted plus 10 twips, so that
// floating-point rounding of a width never decides a case.
//
// Most cases are three words "A B A": the two ways to make two lines, "A | B A" and "A B | A", are
// mirror images, equally even, so only the rule under test decides between them; with no rule at
// stake the first of two equal choices is kept.
import { describe, expect, it } from 'vitest';
import { balancedLines } from '../../../shared/documents/layout/metrics';

const PT = 102.4;
const lines = (text: string, widest: number) => balancedLines(text, widest + 10, PT);

describe('line breaking: the width of a line', () => {
  it('keeps a line exactly as wide as the measure whole, and breaks it one twip narrower', () => {
    // "nn nn" = 1024 × 4 + 512 = 4608 twips.
    expect(balancedLines('nn nn', 4608, PT)).toEqual(['nn nn']);
    expect(balancedLines('nn nn', 4607, PT)).toEqual(['nn', 'nn']);
  });

  it('counts the spaces between the words of a line', () => {
    // measure 3000; ni = 1024 + 569 = 1593, i = 569. "ni | i i i": lines 1593 and 3 × 569 + 2 × 512
    // = 2731, 1138 apart; "ni i | i i": lines 2674 and 1650, 1024 apart, the more even. Without the
    // spaces the first would be the more even (1593 and 1707).
    expect(balancedLines('ni i i i', 3000, PT)).toEqual(['ni i', 'i i']);
  });

  it('gives a word wider than the measure a line of its own', () => {
    // "nnnnn" = 5120 twips > 3000: no break can fit it, so the greedy lines stay.
    expect(balancedLines('nnnnn nn', 3000, PT)).toEqual(['nnnnn', 'nn']);
    expect(balancedLines('nn nnnnn nn', 3000, PT)).toEqual(['nn', 'nnnnn', 'nn']);
  });

  it('returns no line for an empty or blank text', () => {
    expect(balancedLines('', 3000, PT)).toEqual([]);
    expect(balancedLines('   ', 3000, PT)).toEqual([]);
  });

  it('of two equally even breaks keeps the first', () => {
    // "nn nn nn" in 4608 + 10: "nn | nn nn" and "nn nn | nn" both give lines of 2048 and 4608.
    expect(lines('nn nn nn', 4608)).toEqual(['nn', 'nn nn']);
  });
});

describe('line breaking: where a line may end', () => {
  it('keeps a number with the word that numbers it ("khoản 2")', () => {
    // khoản = k 1024 + h 1024 + o 1024 + ả (a) 909 + n 1024 = 5005; "khoản 2" = 5005 + 512 + 1024 = 6541.
    // "khoản | 2 khoản" costs 40; "khoản 2 | khoản" nothing.
    expect(lines('khoản 2 khoản', 6541)).toEqual(['khoản 2', 'khoản']);
    // A number after a word that does not count it may start a line: "nn 2" = 3584, a tie, the first kept.
    expect(lines('nn 2 nn', 3584)).toEqual(['nn', '2 nn']);
    // "khoản" may end a line when no number follows it, nor a word that merely contains a digit:
    // "khoản nn" = 5005 + 512 + 2048 = 7565; "khoản n2" = 5005 + 512 + 1024 + 1024 = 7565. Ties.
    expect(lines('khoản nn khoản', 7565)).toEqual(['khoản', 'nn khoản']);
    expect(lines('khoản n2 khoản', 7565)).toEqual(['khoản', 'n2 khoản']);
  });

  it('keeps a number with the unit it counts ("6 lượt")', () => {
    // lượt = l 569 + ư (u) 1024 + ợ (o) 1024 + t 569 = 3186; "6 lượt" = 1024 + 512 + 3186 = 4722.
    // "6 | lượt 6" costs 20; "6 lượt | 6" nothing.
    expect(lines('6 lượt 6', 4722)).toEqual(['6 lượt', '6']);
    // The unit word after a word that is not a number may start a line: "nn lượt" = 5746, a tie.
    expect(lines('nn lượt nn', 5746)).toEqual(['nn', 'lượt nn']);
    // Nor after a word that only ends in a digit: "n6 lượt" = 1024 + 1024 + 512 + 3186 = 5746, a tie.
    expect(lines('n6 lượt n6', 5746)).toEqual(['n6', 'lượt n6']);
  });

  it('does not end a line with a preposition ("cho")', () => {
    // cho = c 909 + h 1024 + o 1024 = 2957; "cho nn" = 2957 + 512 + 2048 = 5517.
    // "cho | nn cho" costs 15; "cho nn | cho" nothing.
    expect(lines('cho nn cho', 5517)).toEqual(['cho nn', 'cho']);
  });

  it('prefers to end a line after a comma or a semicolon', () => {
    // "nn nn," = 2048 + 512 + 2560 = 5120: "nn | nn, nn" is a tie but for the comma (-5) after "nn nn,".
    expect(lines('nn nn, nn', 5120)).toEqual(['nn nn,', 'nn']);
    // ";" 569: "nn nn;" = 5177.
    expect(lines('nn nn; nn', 5177)).toEqual(['nn nn;', 'nn']);
    // A decimal comma is not a comma: "nn 1,5" = 2048 + 512 + 1024 + 512 + 1024 = 5120, a tie.
    expect(lines('nn 1,5 nn', 5120)).toEqual(['nn', '1,5 nn']);
  });

  it('prefers to start a line with "theo"', () => {
    // nhai = n 1024 + h 1024 + a 909 + i 569 = 3526, as wide as theo = t 569 + h 1024 + e 909 + o 1024;
    // "nhai nn" = 3526 + 512 + 2048 = 6086. "nhai nn | theo" gets -3, "nhai | nn theo" nothing.
    expect(lines('nhai nn theo', 6086)).toEqual(['nhai nn', 'theo']);
  });

  it('reads a word without the punctuation after it ("cho:")', () => {
    // "cho:" = 2957 + 569 = 3526; "cho: nn" = 6086. "cho: | nn cho:" costs 15 as "cho" would.
    expect(lines('cho: nn cho:', 6086)).toEqual(['cho: nn', 'cho:']);
    // All the marks: "cho..." = 2957 + 3 × 512 = 4493; "cho... nn" = 4493 + 512 + 2048 = 7053.
    expect(lines('cho... nn cho...', 7053)).toEqual(['cho... nn', 'cho...']);
    // Only the marks at the end: "c,ho" (909 + 512 + 1024 + 1024 = 3469) is not "cho"; "c,ho nn" = 6029,
    // a tie, the first kept.
    expect(lines('c,ho nn c,ho', 6029)).toEqual(['c,ho', 'nn c,ho']);
  });

  it('does not split a two-syllable word ("Kế hoạch"), whatever its case', () => {
    // Kế = K 1479 + ế (e) 909 = 2388; hoạch = h 1024 + o 1024 + ạ (a) 909 + c 909 + h 1024 = 4890;
    // "Kế hoạch" = 2388 + 512 + 4890 = 7790. "Kế | hoạch Kế" costs 12; "Kế hoạch | Kế" nothing.
    expect(lines('Kế hoạch Kế', 7790)).toEqual(['Kế hoạch', 'Kế']);
    expect(lines('KẾ HOẠCH KẾ', 1479 + 1251 + 512 + 1479 + 1479 + 1479 + 1366 + 1479)).toEqual(['KẾ HOẠCH', 'KẾ']);
  });
});

describe('line breaking: evenness against the break rules', () => {
  it('takes an even break after a preposition rather than a very uneven one', () => {
    // measure 7565 + 10 = 7575. "cho | nnnn nn": lines 2957 and 6656, cost 100 × (3699 / 7575)² + 15
    // = 23.8 + 15 = 38.8; "cho nnnn | nn": lines 7565 and 2048, cost 100 × (5517 / 7575)² = 53.0.
    expect(lines('cho nnnn nn', 7565)).toEqual(['cho', 'nnnn nn']);
  });

  it('takes a slightly uneven break rather than end a line with a preposition', () => {
    // measure 7644. "nnn | cho nhai": lines 3072 and 2957 + 512 + 3526 = 6995, cost
    // 100 × (3923 / 7644)² = 26.3; "nnn cho | nhai": lines 6541 and 3526, cost 100 × (3015 / 7644)² + 15
    // = 15.6 + 15 = 30.6.
    expect(balancedLines('nnn cho nhai', 7644, PT)).toEqual(['nnn', 'cho nhai']);
  });

  it('evens out up to four lines, and leaves five or more as they fill', () => {
    // Two "nn" (4608) fit the measure, three do not. Seven words need four lines whichever way; the
    // even search tries the shortest first line first, and all its choices cost the same.
    expect(lines('nn nn nn nn nn nn nn', 4608)).toEqual(['nn', 'nn nn', 'nn nn', 'nn nn']);
    // Nine words need five lines: filled in order, the short line last.
    expect(lines('nn nn nn nn nn nn nn nn nn', 4608)).toEqual(['nn nn', 'nn nn', 'nn nn', 'nn nn', 'nn']);
  });

  it('evens out a text of 60 words, and fills a longer one in order', () => {
    // k words "n" are 1024 k + 512 (k - 1) = 1536 k - 512 wide; 31 words = 47104, the measure.
    const words = (k: number) => Array.from({ length: k }, () => 'n').join(' ');
    const counts = (k: number) => lines(words(k), 47104).map((l) => l.split(' ').length);
    expect(counts(60)).toEqual([30, 30]);
    expect(counts(61)).toEqual([31, 30]);
  });
});
