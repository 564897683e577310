// The app's transient success messages ("Đã lưu cài đặt.", "Đã sao lưu lúc …"): a Mantine notification
// in the window's corner that goes by itself. Errors, and results the clerk acts on (a bulk change's
// "Hoàn tác", a restore's "Mở lại ứng dụng"), stay in the page next to what they are about.
import { notifications } from '@mantine/notifications';

/** How long a success message stays (ms); hovering it keeps it. */
export const SUCCESS_MS = 10_000;

/** The notification now showing each message: the same message again replaces it instead of stacking. */
const shownFor = new Map<string, string>();

export function notifySuccess(message: string): void {
  const previous = shownFor.get(message);
  if (previous) notifications.hide(previous);
  const id = notifications.show({
    message,
    color: 'green',
    autoClose: SUCCESS_MS,
    role: 'status',
    withCloseButton: true,
    closeButtonProps: { 'aria-label': 'Đóng thông báo' },
    onClose: () => {
      if (shownFor.get(message) === id) shownFor.delete(message);
    },
  });
  shownFor.set(message, id);
}
