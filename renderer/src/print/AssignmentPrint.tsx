// Bảng phân công nhiệm vụ for a meeting: the same rows as the Word file (documents.assignmentTable).
import { useEffect } from 'react';
import type { PrintContentProps } from './print-content';
import { PrintHead } from './PrintHead';
import { numberParam, usePrintData } from './usePrintData';

export function AssignmentPrint({ params, onReady, onError }: PrintContentProps) {
  const planId = numberParam(params, 'ke-hoach');
  const input = planId
    ? {
        planId,
        agencyId: numberParam(params, 'co-quan'),
        groupId: numberParam(params, 'nhom'),
        overdueOnly: params.get('qua-han') === '1',
      }
    : null;
  const table = usePrintData('documents.assignmentTable', input, onError);
  const settings = usePrintData('documents.settings', planId ? { planId } : null, onError);
  useEffect(() => {
    if (!planId) onError('Thiếu kế hoạch cần in.');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report the missing plan once; the callback is not part of the data
  }, [planId]);
  useEffect(() => {
    if (table.data && settings.data) onReady('Bang-phan-cong-nhiem-vu.pdf');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- signal ready once when the data arrives; the callback is not part of the data
  }, [table.data, settings.data]);
  if (!table.data || !settings.data) return <></>;
  const t = table.data;
  return (
    <>
      <PrintHead issuer={settings.data.values.planIssuer} />
      <h1>BẢNG PHÂN CÔNG NHIỆM VỤ</h1>
      <p className="print-subtitle">{t.title}</p>
      <p className="print-note">{t.parentRef}</p>
      {t.filterNote && <p className="print-note">{t.filterNote}</p>}
      <hr className="print-rule" />
      <table className="print-table" aria-label="Bảng phân công nhiệm vụ">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '36%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '13%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Nội dung nhiệm vụ</th>
            <th>Cơ quan chủ trì</th>
            <th>Cơ quan phối hợp</th>
            <th>Thời hạn</th>
            <th>Sản phẩm</th>
          </tr>
        </thead>
        <tbody>
          {t.rows.map((row, i) =>
            'group' in row ? (
              <tr key={`g${i}`} className="print-group">
                <td className="center">{row.stt}</td>
                <td colSpan={5}>{row.group}</td>
              </tr>
            ) : (
              <tr key={row.code}>
                <td className="center">{row.stt}</td>
                <td className="justify">{row.content}</td>
                <td>{row.lead}</td>
                <td>{row.support}</td>
                <td className="center">{row.deadline}</td>
                <td>{row.expectedOutput}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <p className="print-foot">Tổng số: {t.taskCount} nhiệm vụ.</p>
    </>
  );
}
