// Backups and restores through the API: list, back up now (to the backups folder or a folder the
// clerk names, such as a USB drive), and restore from a backup folder or database file.
import type { HandlerContext, HandlerGroup } from './types';
import type { StorageService } from '../core/storage';
import { AppError } from '../../../shared/api/errors';

function storageOf(ctx: HandlerContext): StorageService {
  if (!ctx.storage) throw new AppError('INTERNAL', 'Chức năng sao lưu chưa sẵn sàng trong phiên làm việc này.');
  return ctx.storage;
}

export const backupHandlers: HandlerGroup<'backup.list' | 'backup.create' | 'backup.restore' | 'backup.restoreProgress'> = {
  'backup.list': (_input, ctx) => storageOf(ctx).list(),
  'backup.create': (input, ctx) => storageOf(ctx).create({ folder: input.targetFolder }),
  'backup.restore': (input, ctx) => storageOf(ctx).restore(input.backupPath),
  'backup.restoreProgress': (_input, ctx) => storageOf(ctx).restoreProgress(),
};
