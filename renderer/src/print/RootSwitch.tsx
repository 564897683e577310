// Shows a print view ("#/in/…") without the app's frame, and the app otherwise.
import { useEffect, useState, type ReactNode } from 'react';
import { isPrintHash } from './print-routes';
import { PrintRoot } from './PrintRoot';

export function RootSwitch({ app }: { app: ReactNode }) {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const print = isPrintHash(hash);
  const printHash = print ? hash : '';
  // A print view opens at its top, not where the screen it came from was scrolled to; the same when
  // going back to the app.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [print, printHash]);
  return print ? <PrintRoot hash={hash} /> : <>{app}</>;
}
