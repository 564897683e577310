// The backups in the data folder, newest first: when, why, how large, how many attached files, and
// the button that asks to restore one.
import { Button, Table, Text } from '@mantine/core';
import type { BackupInfo } from '../../../../shared/api/models';
import { formatFileSize } from '../../../../shared/domain/attachments';
import { BACKUP_REASON_LABELS, formatBackupTimeVi } from '../../../../shared/backup/backup-names';

interface Props {
  backups: BackupInfo[];
  disabled: boolean;
  onRestore: (backup: BackupInfo) => void;
}

export function BackupTable({ backups, disabled, onRestore }: Props) {
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Chưa có bản sao lưu nào.
      </Text>
    );
  }
  return (
    <Table withTableBorder striped verticalSpacing="xs" aria-label="Các bản sao lưu">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Thời điểm</Table.Th>
          <Table.Th>Loại</Table.Th>
          <Table.Th>Dung lượng</Table.Th>
          <Table.Th>Tệp đính kèm</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.name}>
            <Table.Td>{formatBackupTimeVi(b.createdAt)}</Table.Td>
            <Table.Td>{BACKUP_REASON_LABELS[b.reason]}</Table.Td>
            <Table.Td>{formatFileSize(b.databaseBytes + b.attachmentBytes)}</Table.Td>
            <Table.Td>{b.attachmentCount}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                disabled={disabled}
                aria-label={`Khôi phục bản sao lưu lúc ${formatBackupTimeVi(b.createdAt)}`}
                onClick={() => onRestore(b)}
              >
                Khôi phục
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
