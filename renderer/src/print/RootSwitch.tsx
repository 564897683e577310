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
  return isPrintHash(hash) ? <PrintRoot hash={hash} /> : <>{app}</>;
}
