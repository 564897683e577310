// Who has sent a period's report, on time or late, and who has not, as of today (reporting.register).
import { useEffect } from 'react';
import type { PrintContentProps } from './print-content';
import { numberParam, usePrintData } from './usePrintData';
import { PrintHead } from './PrintHead';
import type { RegisterEntry } from '../../../shared/api/models';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';

export function complianceText(e: RegisterEntry): string {
  switch (e.status.state) {
    case 'on_time':
      return 'Đúng hạn';
    case 'late':
      return `Chậm ${e.status.daysLate} ngày`;
    case 'missing':
      return `Chưa gửi, quá hạn ${e.status.daysOverdue} ngày`;
    case 'pending':
      return 'Chưa gửi, chưa đến hạn';
    case 'exempt':
      return `Miễn báo cáo${e.exemptReason ? ` (${e.exemptReason})` : ''}`;
    case 'unreadable':
      return 'Đã gửi, ngày đến không đọc được';
  }
}

export function CompliancePrint({ params, onReady, onError }: PrintContentProps) {
  const periodId = numberParam(params, 'ky');
  const planId = numberParam(params, 'ke-hoach');
  const register = usePrintData('reporting.register', periodId ? { periodId } : null, onError);
  const settings = usePrintData('documents.settings', planId ? { planId } : null, onError);
  useEffect(() => {
    if (!periodId || !planId) onError('Thiếu kỳ báo cáo cần in.');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the missing period once; the callback is not part of the data
  }, [periodId, planId]);
  useEffect(() => {
    if (register.data && settings.data) onReady('Tinh-hinh-gui-bao-cao.pdf');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- signal ready once when the data arrives; the callback is not part of the data
  }, [register.data, settings.data]);
  if (!register.data || !settings.data) return <></>;
  const r = register.data;
  const s = r.period.summary;
  return (
    <>
      <PrintHead issuer={settings.data.values.standing} />
      <h1>TÌNH HÌNH GỬI BÁO CÁO</h1>
      <p className="print-subtitle">Kỳ báo cáo {r.period.label}</p>
      <p className="print-note">
        (Hạn gửi {r.period.dueText}; tính đến ngày {formatDateVi(r.today)})
      </p>
      <hr className="print-rule" />
      <table className="print-table" aria-label="Tình hình gửi báo cáo">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '36%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '27%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Cơ quan, đơn vị</th>
            <th>Ngày đến</th>
            <th>Số, ký hiệu báo cáo</th>
            <th>Tình hình gửi báo cáo</th>
          </tr>
        </thead>
        <tbody>
          {r.entries.map((e, i) => (
            <tr key={e.expectedReportId}>
              <td className="center">{i + 1}</td>
              <td>{e.agency.shortName}</td>
              <td className="center">{formatDateVi(e.report?.arrivalDate)}</td>
              <td>{e.report?.docNumber ?? ''}</td>
              <td>{complianceText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-foot">
        Đã gửi {s.received}/{s.required} (đúng hạn {s.onTime}, chậm {s.late}); chưa gửi {s.missing + s.pending}
        {s.exempt ? `; miễn ${s.exempt}` : ''}.
      </p>
    </>
  );
}
