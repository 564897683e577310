// I.1 "địa bàn trọng điểm" (issue 12): only the districts' own reports give figures per district, so
// the breakdown names the districts with a figure above zero, largest first; a figure only reported for
// the whole province is said to have no breakdown, never spread over districts.
import { describe, expect, it } from 'vitest';
import { hotspotParagraphs, type ReportFacts } from '../../../shared/documents/defaults';

function facts(districts: ReportFacts['districts'], totals: { code: string; unit: string; total: number }[]): ReportFacts {
  return {
    windowFrom: '2021-12-15',
    windowTo: '2022-06-14',
    groups: [],
    tasks: [],
    notes: [],
    reports: { expected: 0, received: 0, onTime: 0, late: [], missing: [] },
    totals: totals.map((t) => ({ ...t, label: t.code })),
    targets: { measured: 0, met: 0 },
    nextTo: '2022-12-31',
    districts,
  };
}

const d = (name: string, figures: [string, number][], reported = true) => ({ name, reported, figures: figures.map(([code, value]) => ({ code, value })) });

describe('I.1, địa bàn trọng điểm', () => {
  it('names the districts with establishments showing signs of prostitution, largest first, and says the cases have no breakdown', () => {
    const text = hotspotParagraphs(
      facts(
        [
          d('UBND huyện Vĩnh Linh', [['C10', 3]]),
          d('UBND thành phố Đông Hà', [['C10', 5], ['B06', 12]]),
          d('UBND huyện Gio Linh', [['C10', 0]]),
          d('UBND huyện Cam Lộ', [['C10', 3]]),
          d('UBND huyện Hải Lăng', [], false),
        ],
        // The Công an's cases and people: province-wide figures.
        [
          { code: 'C10', unit: 'cơ sở', total: 11 },
          { code: 'D01', unit: 'vụ', total: 4 },
          { code: 'D02', unit: 'đối tượng', total: 9 },
        ],
      ),
    );
    expect(text).toEqual([
      // 4 of the 5 districts sent a report; 4 gave C10; Cam Lộ before Vĩnh Linh at 3 each (C before V).
      'Địa bàn trọng điểm, theo báo cáo của UBND cấp huyện (4/5 huyện, thị xã, thành phố đã gửi báo cáo): số cơ sở có biểu hiện phức tạp về mại dâm: thành phố Đông Hà 5 cơ sở, huyện Cam Lộ 3 cơ sở, huyện Vĩnh Linh 3 cơ sở (4/5 địa bàn có số liệu).',
      'Số vụ phát hiện và số đối tượng được báo cáo chung toàn tỉnh, chưa có số liệu theo từng huyện, thị xã, thành phố nên chưa xác định được địa bàn trọng điểm theo các số liệu này.',
    ]);
  });

  it('breaks the cases down where districts reported them, and says so when none occurred', () => {
    const text = hotspotParagraphs(
      facts(
        [d('UBND huyện Hướng Hóa', [['D01', 2], ['A05', 0]]), d('UBND thị xã Quảng Trị', [['D01', 1], ['A05', 0]])],
        [
          { code: 'D01', unit: 'vụ', total: 3 },
          { code: 'A05', unit: 'điểm', total: 0 },
        ],
      ),
    );
    expect(text).toEqual([
      'Địa bàn trọng điểm, theo báo cáo của UBND cấp huyện (2/2 huyện, thị xã, thành phố đã gửi báo cáo): số vụ phát hiện: huyện Hướng Hóa 2 vụ, thị xã Quảng Trị 1 vụ (2/2 địa bàn có số liệu); số tụ điểm, địa bàn phức tạp: không phát sinh (2/2 địa bàn có số liệu).',
    ]);
  });

  it('with no figure by district and none for the province, says that the hotspots cannot be told yet', () => {
    expect(hotspotParagraphs(facts([d('UBND huyện Đakrông', [['B06', 8]])], [{ code: 'B06', unit: 'xã', total: 8 }]))).toEqual([
      'Chưa có số liệu theo từng huyện, thị xã, thành phố về số vụ việc, tụ điểm, cơ sở có biểu hiện phức tạp về mại dâm để xác định địa bàn trọng điểm.',
    ]);
    // A plan without district People's Committees: nothing is said about districts.
    expect(hotspotParagraphs(facts([], [{ code: 'D01', unit: 'vụ', total: 3 }]))).toEqual([]);
  });
});
