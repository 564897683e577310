// The task board as a list to print: every task with its agencies, deadline and status as of today.
import { useEffect } from 'react';
import type { PrintContentProps } from './print-content';
import { numberParam, usePrintData } from './usePrintData';
import { PrintHead } from './PrintHead';
import { TASK_STATUS_LABELS } from '../../../shared/domain/labels';
import { describeDeadline } from '../../../shared/domain/deadline-format';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';

export function TaskListPrint({ params, onReady, onError }: PrintContentProps) {
  const planId = numberParam(params, 'ke-hoach');
  const overdueOnly = params.get('qua-han') === '1';
  const tasks = usePrintData('tasks.list', planId ? { planId } : null, onError);
  const overview = usePrintData('plans.overview', planId ? { planId } : null, onError);
  const settings = usePrintData('documents.settings', planId ? { planId } : null, onError);
  const info = usePrintData('app.info', {}, onError);
  useEffect(() => {
    if (!planId) onError('Thiếu kế hoạch cần in.');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the missing plan once; the callback is not part of the data
  }, [planId]);
  const ready = tasks.data && overview.data && settings.data && info.data;
  useEffect(() => {
    if (ready) onReady('Danh-sach-nhiem-vu.pdf');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- signal ready once when the data arrives; the callback is not part of the data
  }, [ready]);
  if (!ready) return <></>;
  const rows = tasks.data!.filter((t) => !overdueOnly || t.status === 'open_overdue');
  return (
    <>
      <PrintHead issuer={settings.data!.values.planIssuer} />
      <h1>DANH SÁCH NHIỆM VỤ{overdueOnly ? ' CHƯA HOÀN THÀNH, QUÁ HẠN' : ''}</h1>
      <p className="print-subtitle">Kế hoạch {overview.data!.plan.title.charAt(0).toLocaleLowerCase('vi') + overview.data!.plan.title.slice(1)}</p>
      <p className="print-note">(Tình trạng tính đến ngày {formatDateVi(info.data!.today)})</p>
      <hr className="print-rule" />
      <table className="print-table" aria-label="Danh sách nhiệm vụ">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '33%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '13%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Mục</th>
            <th>Nội dung nhiệm vụ</th>
            <th>Cơ quan chủ trì</th>
            <th>Cơ quan phối hợp</th>
            <th>Thời hạn</th>
            <th>Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t, i) => (
            <tr key={t.id}>
              <td className="center">{i + 1}</td>
              <td>{t.code}</td>
              <td className="justify">{t.content}</td>
              <td>{t.lead.map((a) => a.shortName).join('; ')}</td>
              <td>{t.support.map((a) => a.shortName).join('; ')}</td>
              <td className="center">{t.deadlineText ?? describeDeadline(t)}</td>
              <td>
                {TASK_STATUS_LABELS[t.status]}
                {t.completionDate ? ` (${formatDateVi(t.completionDate)})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-foot">Tổng số: {rows.length} nhiệm vụ.</p>
    </>
  );
}
