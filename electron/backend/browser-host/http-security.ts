// Rules of the browser host's door: which requests may reach the API at all.
import crypto from 'node:crypto';

/** A fresh secret at every start; whoever lacks it cannot call the API. */
export function newSecret(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function secretMatches(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Only requests addressed to this machine by its loopback names pass. A page on another site that
 * points its own host name at 127.0.0.1 (DNS rebinding) sends its own name here and is refused.
 */
export function hostHeaderAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(hostHeader.toLowerCase());
}

/** Served with every page: scripts and connections only from this host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
