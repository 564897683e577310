// settings.*: the application settings (the plan being worked on, the warning window).
import type { HandlerGroup } from './types';
import { readSettings, writeSettings } from '../../../db/queries/settings';
import { getPlan } from '../../../db/queries/plans';
import { AppError } from '../../../shared/api/errors';
import { settingsVersion, staleSettingsMessage } from '../../../shared/domain/edit-version';

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),

  'settings.update': async ({ version, ...changes }, { db }) => {
    if (changes.currentPlanId != null && !(await getPlan(db, changes.currentPlanId))) {
      throw new AppError('NOT_FOUND', 'Kế hoạch đang làm việc: không tìm thấy kế hoạch này.', 'currentPlanId');
    }
    await writeSettings(db, changes, async (trx) => {
      if (version === undefined) return;
      const now = await readSettings(trx);
      if (settingsVersion(now) !== version) throw new AppError('CONFLICT', staleSettingsMessage(now), 'version');
    });
    return readSettings(db);
  },
};
