// The print views, shown without the app's frame: a toolbar (not printed) and one A4-landscape sheet.
// "In" and "Lưu PDF" go through the host layer (renderer/src/api/host.ts): a hidden window in the
// desktop app, the browser's print dialog otherwise. The page marks itself ready for the hidden window
// (data-print-ready on <html>) once its data is on screen.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { hostAbilities, printView } from '../api/host';
import { ErrorAlert, Loading } from '../components/status';
import { parsePrintHash, type PrintViewId } from './print-routes';
import type { PrintContentProps } from './print-content';
import { AssignmentPrint } from './AssignmentPrint';
import { TaskListPrint } from './TaskListPrint';
import { CompliancePrint } from './CompliancePrint';
import './print.css';

const VIEWS: Record<PrintViewId, (p: PrintContentProps) => React.JSX.Element> = {
  assignment: AssignmentPrint,
  tasks: TaskListPrint,
  compliance: CompliancePrint,
};

function setReady(value: string | null) {
  if (value === null) delete document.documentElement.dataset.printReady;
  else document.documentElement.dataset.printReady = value;
}

export function PrintRoot({ hash }: { hash: string }) {
  const parsed = parsePrintHash(hash);
  const [pdfName, setPdfName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const abilities = hostAbilities();

  useEffect(() => {
    setReady(null);
    setPdfName(null);
    setError(null);
    return () => setReady(null);
  }, [hash]);

  if (!parsed) return <ErrorAlert message="Không có trang in này." />;
  const View = VIEWS[parsed.view];

  const run = async (pdf: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await printView(hash, { pdf, fileName: pdfName ?? 'ban-in.pdf' });
      if (pdf && r.done && r.path) setMessage({ ok: true, text: `Đã lưu ${r.path}` });
      if (r.note) setMessage({ ok: false, text: r.note });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Button variant="default" onClick={() => (window.location.hash = '#/van-ban')}>
              ← Quay lại
            </Button>
            <Button onClick={() => run(false)} disabled={!pdfName || busy}>
              In
            </Button>
            <Button variant="light" onClick={() => run(true)} disabled={!pdfName || busy}>
              Lưu PDF
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {abilities.directPdf
              ? 'Khổ A4 ngang; dòng tiêu đề cột được in lại ở đầu mỗi trang.'
              : 'Khổ A4 ngang. Để lưu PDF: trong hộp thoại in, chọn máy in "Lưu dưới dạng PDF".'}
          </Text>
        </Group>
        {message && (
          <Alert mt="xs" color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
      </div>
      {error && <ErrorAlert message={error} />}
      {!pdfName && !error && (
        <div className="no-print">
          <Loading />
        </div>
      )}
      <div className="print-sheet" hidden={!!error}>
        <View
          params={parsed.params}
          onReady={(name) => {
            setPdfName(name);
            // After the paint, so that the hidden window prints what is on screen.
            requestAnimationFrame(() => setReady('1'));
          }}
          onError={(m) => {
            setError(m);
            setReady('error');
          }}
        />
      </div>
    </div>
  );
}
