// "Sao lưu và khôi phục" in the Settings screen: the list of backups, a backup now (in the data
// folder or to a folder such as a USB drive), and a restore that asks first and says what happens.
// The desktop app chooses those folders with the system's folder dialog; the browser host types them.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useApi } from '../hooks/useApi';
import { formatFileSize } from '../../../shared/domain/attachments';
import { call } from '../api/client';
import { notifySuccess } from './notify';
import { chooseFolder, hostAbilities } from '../api/host';
import type { FolderPurpose } from '../../../shared/api/host-actions';
import { ErrorAlert, Loading } from './status';
import { RestoreProgressBar } from './RestoreWait';
import { BACKUP_REASON_LABELS, formatBackupTimeVi } from '../../../shared/backup/backup-names';
import type { BackupInfo, RestoreProgress } from '../../../shared/api/models';

type Notice = { ok: boolean; text: string; reload?: boolean };

/** Restore target awaiting the clerk's confirmation: a listed backup, or a typed path. */
type PendingRestore = { path: string; backup: BackupInfo | null };

export function BackupCard() {
  const listing = useApi('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [targetFolder, setTargetFolder] = useState('');
  const [sourcePath, setSourcePath] = useState('');
  const [pending, setPending] = useState<PendingRestore | null>(null);
  /** Set while a restore runs: its progress, asked for every 300 ms. */
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const restoring = progress !== null;
  const { chooseFolder: withDialog } = hostAbilities();

  const pick = async (purpose: FolderPurpose, current: string, set: (path: string) => void) => {
    try {
      const chosen = await chooseFolder(purpose, current);
      if (chosen) set(chosen);
    } catch (err) {
      setNotice({ ok: false, text: (err as Error).message });
    }
  };

  useEffect(() => {
    if (!restoring) return;
    let stopped = false;
    const timer = window.setInterval(() => {
      call('backup.restoreProgress', {})
        .then((p) => {
          if (!stopped && p.running) setProgress(p);
        })
        .catch(() => undefined);
    }, 300);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [restoring]);

  const run = async (action: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      const done = await action();
      // A backup made is a passing message; a restore's result stays, with its button.
      if (done.ok && !done.reload) notifySuccess(done.text);
      else setNotice(done);
    } catch (err) {
      setNotice({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
      listing.reload();
    }
  };

  const backupNow = () =>
    run(async () => {
      const made = await call('backup.create', {});
      return { ok: true, text: `Đã sao lưu lúc ${formatBackupTimeVi(made.createdAt)}.` };
    });

  const backupToFolder = () =>
    run(async () => {
      const made = await call('backup.create', { targetFolder });
      return { ok: true, text: `Đã sao lưu vào ${made.path}.` };
    });

  const restore = (target: PendingRestore) =>
    run(async () => {
      setPending(null);
      setProgress({ running: true, percent: 0, text: 'Đang chép bản sao lưu… 0%' });
      let result;
      try {
        result = await call('backup.restore', { backupPath: target.path });
      } finally {
        setProgress(null);
      }
      return {
        ok: true,
        reload: true,
        text:
          `Đã khôi phục dữ liệu từ ${target.backup ? `bản sao lưu lúc ${formatBackupTimeVi(target.backup.createdAt)}` : result.restoredFrom}. ` +
          'Dữ liệu trước khi khôi phục được giữ trong bản sao lưu ' +
          `lúc ${formatBackupTimeVi(result.undoBackup.createdAt)} (${BACKUP_REASON_LABELS[result.undoBackup.reason]}); ` +
          'khôi phục bản đó nếu muốn quay lại.',
      };
    });

  if (listing.error) return <ErrorAlert message={listing.error} />;
  if (!listing.data) return <Loading />;
  const { folder, autoBackupMinutes, backups } = listing.data;

  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        Sao lưu và khôi phục
      </Title>
      <Stack>
        <Text size="sm">
          Thường trực tự sao lưu khi mở
          {autoBackupMinutes ? `, rồi tối đa ${autoBackupMinutes} phút một lần khi dữ liệu thay đổi,` : ''} và khi đóng
          nếu có thay đổi. Các bản sao lưu nằm trong thư mục: {folder}
        </Text>
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
            <Stack gap="xs">
              <Text size="sm">{notice.text}</Text>
              {notice.reload && (
                <Group>
                  <Button size="xs" onClick={() => window.location.reload()}>
                    Mở lại ứng dụng với dữ liệu đã khôi phục
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Group>
          <Button onClick={backupNow} loading={busy}>
            Sao lưu ngay
          </Button>
        </Group>
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label="Sao lưu ra thư mục khác (ví dụ ổ USB)"
            description={
              withDialog
                ? 'Bấm "Chọn thư mục…", hoặc nhập đường dẫn đầy đủ của thư mục, ví dụ E:\\ hoặc E:\\SaoLuu.'
                : 'Nhập đường dẫn đầy đủ của thư mục, ví dụ E:\\ hoặc E:\\SaoLuu.'
            }
            placeholder="E:\"
            value={targetFolder}
            onChange={(e) => setTargetFolder(e.currentTarget.value)}
          />
          {withDialog && (
            <Button variant="default" disabled={busy} onClick={() => void pick('backupTarget', targetFolder, setTargetFolder)}>
              Chọn thư mục…
            </Button>
          )}
          <Button variant="light" onClick={backupToFolder} disabled={busy || !targetFolder.trim()}>
            Sao lưu ra thư mục này
          </Button>
        </Group>

        {backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa có bản sao lưu nào.
          </Text>
        ) : (
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
                      disabled={busy}
                      aria-label={`Khôi phục bản sao lưu lúc ${formatBackupTimeVi(b.createdAt)}`}
                      onClick={() => setPending({ path: b.path, backup: b })}
                    >
                      Khôi phục
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label="Khôi phục từ bản sao lưu khác"
            description="Đường dẫn đầy đủ của thư mục sao lưu (tên bắt đầu bằng ThuongTruc_) hoặc của tệp thuong-truc.sqlite."
            placeholder="E:\ThuongTruc_2025-11-28_14-30-05_thu-cong"
            value={sourcePath}
            onChange={(e) => setSourcePath(e.currentTarget.value)}
          />
          {withDialog && (
            <Button
              variant="default"
              disabled={busy}
              aria-label="Chọn thư mục bản sao lưu…"
              onClick={() => void pick('restoreSource', sourcePath, setSourcePath)}
            >
              Chọn thư mục…
            </Button>
          )}
          <Button
            variant="light"
            color="red"
            disabled={busy || !sourcePath.trim()}
            onClick={() => setPending({ path: sourcePath.trim(), backup: null })}
          >
            Khôi phục từ đường dẫn này
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={restoring}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title="Đang khôi phục dữ liệu"
        centered
      >
        {progress && (
          <Stack>
            <RestoreProgressBar progress={progress} />
            <Text size="sm" c="dimmed">
              Xin đừng tắt máy hay đóng ứng dụng. Các cửa sổ khác của Thường trực đang chờ khôi phục xong.
            </Text>
          </Stack>
        )}
      </Modal>

      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Khôi phục dữ liệu?" centered>
        {pending && (
          <Stack>
            <Text size="sm">
              Toàn bộ dữ liệu đang dùng sẽ được thay bằng dữ liệu của{' '}
              {pending.backup
                ? `bản sao lưu lúc ${formatBackupTimeVi(pending.backup.createdAt)}`
                : `bản sao lưu tại ${pending.path}`}
              . Những gì nhập sau thời điểm đó sẽ không còn trên màn hình.
            </Text>
            <Text size="sm">
              Trước khi thay, Thường trực tự sao lưu dữ liệu hiện tại (loại “Trước khi khôi phục”), nên nếu chọn nhầm
              có thể khôi phục lại bản đó. Bản sao lưu được kiểm tra trước; nếu hỏng hoặc không phải dữ liệu của
              Thường trực thì không có gì bị thay đổi. Tệp đính kèm trong bản sao lưu được chép vào; tệp đính kèm hiện
              có vẫn được giữ.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Huỷ
              </Button>
              <Button color="red" onClick={() => restore(pending)}>
                Khôi phục
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
