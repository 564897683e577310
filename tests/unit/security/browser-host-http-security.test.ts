import { describe, expect, it } from 'vitest';
import { hostHeaderAllowed, secretMatches } from '../../../electron/backend/browser-host/http-security';

describe('browser host door', () => {
  it('accepts only loopback host names on its own port', () => {
    expect(hostHeaderAllowed('127.0.0.1:4780', 4780)).toBe(true);
    expect(hostHeaderAllowed('localhost:4780', 4780)).toBe(true);
    expect(hostHeaderAllowed('evil.example:4780', 4780)).toBe(false);
    expect(hostHeaderAllowed('127.0.0.1:4781', 4780)).toBe(false);
    expect(hostHeaderAllowed(undefined, 4780)).toBe(false);
  });
  it('compares secrets exactly', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    expect(secretMatches('abc', 'abd')).toBe(false);
    expect(secretMatches('abc', 'ab')).toBe(false);
    expect(secretMatches('abc', undefined)).toBe(false);
  });
});
