// "Sao lưu và khôi phục" in the Settings screen: a backup now (in the data folder, or to a folder such
// as a USB drive), the list of backups (BackupTable), and a restore from one of them or from a path,
// which asks first and says what happens (RestoreDialogs). The desktop app chooses those folders with
// the system's folder dialog, the browser host types them (FolderPathField). The list follows the
// writes by itself (api/invalidation.ts): a backup made or a restore refreshes it.
import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { call } from '../../api/client';
import { notifySuccess } from '../notify';
import { ErrorAlert, Loading } from '../status';
import { BACKUP_REASON_LABELS, formatBackupTimeVi } from '../../../../shared/backup/backup-names';
import type { RestoreProgress } from '../../../../shared/api/models';
import { BackupTable } from './BackupTable';
import { FolderPathField } from './FolderPathField';
import { RestoreConfirmModal, RestoreProgressModal, type PendingRestore } from './RestoreDialogs';

type Notice = { ok: boolean; text: string; reload?: boolean };

export function BackupCard() {
  const listing = useApi('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [targetFolder, setTargetFolder] = useState('');
  const [sourcePath, setSourcePath] = useState('');
  const [pending, setPending] = useState<PendingRestore | null>(null);
  /** Set while a restore runs: its progress. */
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const showError = (text: string) => setNotice({ ok: false, text });

  const run = async (action: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      const done = await action();
      // A backup made is a passing message; a restore's result stays, with its button.
      if (done.ok && !done.reload) notifySuccess(done.text);
      else setNotice(done);
    } catch (err) {
      showError((err as Error).message);
    } finally {
      setBusy(false);
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
        <FolderPathField
          purpose="backupTarget"
          label="Sao lưu ra thư mục khác (ví dụ ổ USB)"
          description={(withDialog) =>
            withDialog
              ? 'Bấm "Chọn thư mục…", hoặc nhập đường dẫn đầy đủ của thư mục, ví dụ E:\\ hoặc E:\\SaoLuu.'
              : 'Nhập đường dẫn đầy đủ của thư mục, ví dụ E:\\ hoặc E:\\SaoLuu.'
          }
          placeholder="E:\"
          value={targetFolder}
          onChange={setTargetFolder}
          disabled={busy}
          onError={showError}
        >
          <Button variant="light" onClick={backupToFolder} disabled={busy || !targetFolder.trim()}>
            Sao lưu ra thư mục này
          </Button>
        </FolderPathField>

        <BackupTable backups={backups} disabled={busy} onRestore={(b) => setPending({ path: b.path, backup: b })} />

        <FolderPathField
          purpose="restoreSource"
          label="Khôi phục từ bản sao lưu khác"
          description={() => 'Đường dẫn đầy đủ của thư mục sao lưu (tên bắt đầu bằng ThuongTruc_) hoặc của tệp thuong-truc.sqlite.'}
          placeholder="E:\ThuongTruc_2025-11-28_14-30-05_thu-cong"
          value={sourcePath}
          onChange={setSourcePath}
          chooseLabel="Chọn thư mục bản sao lưu…"
          disabled={busy}
          onError={showError}
        >
          <Button
            variant="light"
            color="red"
            disabled={busy || !sourcePath.trim()}
            onClick={() => setPending({ path: sourcePath.trim(), backup: null })}
          >
            Khôi phục từ đường dẫn này
          </Button>
        </FolderPathField>
      </Stack>

      <RestoreProgressModal progress={progress} onProgress={setProgress} />
      <RestoreConfirmModal pending={pending} onCancel={() => setPending(null)} onConfirm={restore} />
    </Card>
  );
}
