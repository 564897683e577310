// The heading of a printed sheet: the issuing body on the left, the national motto on the right.
import type { IssuerProfile } from '../../../shared/api/documents-models';

export function PrintHead({ issuer }: { issuer: IssuerProfile | undefined }) {
  if (!issuer) return null;
  return (
    <div className="print-head">
      <div>
        {issuer.parentAgencyLine && <span>{issuer.parentAgencyLine.toLocaleUpperCase('vi')}</span>}
        {issuer.issuingBody.map((l) => (
          <strong key={l}>{l.toLocaleUpperCase('vi')}</strong>
        ))}
      </div>
      <div>
        <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
        <strong>Độc lập - Tự do - Hạnh phúc</strong>
      </div>
    </div>
  );
}
