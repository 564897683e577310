// What the chosen document will hold: asked of the server 150 ms after the choice settles (typing a
// number or ticking agencies asks once), and again after `refresh` (a text saved, a figure accepted).
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { DocumentPreview } from '../../../../shared/api/documents-models';
import type { DocumentRequest } from './document-form';

export function useDocumentPreview(request: DocumentRequest | null) {
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const requestKey = JSON.stringify(request);
  useEffect(() => {
    if (!request) {
      setPreview(null);
      setError(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      call('documents.preview', request).then(
        (p) => {
          if (cancelled) return;
          setPreview(p);
          setError(null);
        },
        (err: Error) => {
          if (cancelled) return;
          setPreview(null);
          setError(err.message);
        },
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- requestKey is the request as JSON: it changes exactly when the request does
  }, [requestKey, version]);

  return { preview, error, refresh };
}
