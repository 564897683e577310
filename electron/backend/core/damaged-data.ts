// The error shown when the database file fails its integrity check at start. Both hosts show the
// message as is (desktop: an error dialog; browser host: the line printed in the terminal).
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { formatBackupTimeVi } from '../../../shared/backup/backup-names';
import { BACKUP_DATABASE_FILE } from '../../../db/backup/format';
import type { BackupEntry } from '../../../db/backup/list';

export class DamagedDataError extends AppError {
  constructor(
    public readonly file: string,
    public readonly problem: string,
    public readonly latestGoodBackup: BackupEntry | null,
  ) {
    super('INTERNAL', damagedDataMessage(file, problem, latestGoodBackup));
    this.name = 'DamagedDataError';
  }
}

export function damagedDataMessage(file: string, problem: string, backup: BackupEntry | null): string {
  const lines = [
    `Tệp dữ liệu ${file} bị hỏng (${problem}).`,
    'Thường trực không mở và không ghi gì vào tệp này, để giữ nguyên hiện trạng.',
  ];
  if (backup) {
    lines.push(
      `Bản sao lưu tốt gần nhất: ${backup.path} (lúc ${formatBackupTimeVi(backup.at)}).`,
      `Cách khôi phục: đóng ứng dụng; đổi tên tệp hỏng (ví dụ thêm đuôi ".hong" vào cuối tên); chép tệp ` +
        `${BACKUP_DATABASE_FILE} trong thư mục sao lưu trên vào thư mục ${path.dirname(file)}; rồi mở lại ứng dụng. ` +
        'Nếu không tự làm được, hãy nhờ cán bộ kỹ thuật và đừng xoá tệp hỏng.',
    );
  } else {
    lines.push(
      `Không tìm thấy bản sao lưu nào còn tốt trong thư mục ${path.join(path.dirname(file), 'backups')}.`,
      'Hãy tìm bản sao lưu trên USB (thư mục tên bắt đầu bằng "ThuongTruc_"), và nhờ cán bộ kỹ thuật; đừng xoá tệp hỏng.',
    );
  }
  return lines.join('\n');
}
