// The plan's reporting duties (what report, due when, sent to whom, by which agencies), with adding,
// editing and deleting one.
import { useState } from 'react';
import { Alert, Button, Card, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { AgencyRef, ReportingDutyRow } from '../../../../shared/api/models';
import { call } from '../../api/client';
import { agencyNames } from '../AgencyList';
import { RowActions } from '../RowActions';
import { DutyModal } from './DutyModal';
import { FormButtons } from '../FormButtons';

interface Props {
  planId: number;
  year: number;
  duties: ReportingDutyRow[] | undefined;
  agencies: AgencyRef[];
  reportingAgencyIds: number[];
  /** A duty was added, changed or deleted: its periods changed too. */
  onChanged: () => void;
}

export function DutiesCard({ planId, year, duties, agencies, reportingAgencyIds, onChanged }: Props) {
  const [editDuty, setEditDuty] = useState<ReportingDutyRow | 'new' | 'upward' | null>(null);
  const [deletingDuty, setDeletingDuty] = useState<ReportingDutyRow | null>(null);
  const [dutyError, setDutyError] = useState<string | null>(null);
  async function deleteDuty() {
    if (!deletingDuty) return;
    try {
      await call('duties.delete', { dutyId: deletingDuty.id });
      setDeletingDuty(null);
      onChanged();
    } catch (err) {
      setDutyError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <>
      {duties && (
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>Chế độ báo cáo của kế hoạch</Text>
            <Group gap="xs" className="no-print">
              <Button size="compact-sm" variant="light" onClick={() => setEditDuty('new')}>
                Thêm chế độ báo cáo
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditDuty('upward')}>
                Thêm báo cáo của cơ quan thường trực
              </Button>
            </Group>
          </Group>
          <Table verticalSpacing="xs" aria-label="Chế độ báo cáo">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>Loại báo cáo</Table.Th>
                <Table.Th w={160}>Thời hạn</Table.Th>
                <Table.Th w={220}>Gửi về</Table.Th>
                <Table.Th>Đơn vị phải gửi</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duties.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.title}</Table.Td>
                  <Table.Td>{d.dueText}</Table.Td>
                  <Table.Td className="cell-wrap">{d.upward ? d.recipientText : (d.recipient?.shortName ?? '—')}</Table.Td>
                  <Table.Td className="cell-wrap">
                    {d.upward ? `Cơ quan thường trực: ${agencyNames(d.obliged)}` : `${d.obliged.length} đơn vị: ${agencyNames(d.obliged)}`}
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      name={d.title}
                      className="no-print"
                      onEdit={() => setEditDuty(d)}
                      onDelete={() => {
                        setDutyError(null);
                        setDeletingDuty(d);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {editDuty && (
        <DutyModal
          planId={planId}
          year={year}
          duty={typeof editDuty === 'object' ? editDuty : null}
          upwardDefault={editDuty === 'upward'}
          agencies={agencies}
          reportingAgencyIds={reportingAgencyIds}
          onClose={() => setEditDuty(null)}
          onSaved={onChanged}
        />
      )}
      {deletingDuty && (
        <Modal opened onClose={() => setDeletingDuty(null)} title={`Xóa ${deletingDuty.title}?`} size="lg">
          <Stack gap="sm">
            <Text size="sm">
              Các kỳ báo cáo của chế độ này ({deletingDuty.dueText}) cũng bị xóa. Nội dung được lưu lại trong lịch sử thay đổi. Không xóa được khi đã nhận báo cáo của một kỳ.
            </Text>
            {dutyError && <Alert color="red">{dutyError}</Alert>}
            <FormButtons
              placement="end"
              submitLabel="Xóa chế độ báo cáo"
              color="red"
              onSubmit={deleteDuty}
              disabled={!!dutyError}
              cancelLabel="Không xóa"
              onCancel={() => setDeletingDuty(null)}
            />
          </Stack>
        </Modal>
      )}
    </>
  );
}
