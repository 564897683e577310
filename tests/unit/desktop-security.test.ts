import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender, isVettedExternalUrl } from '../../electron/desktop/security';
import { hostHeaderAllowed, secretMatches } from '../../electron/browser-host/http-security';

const page = 'file:///C:/Program%20Files/Thuong%20Truc/resources/app/dist/renderer/index.html';

describe('desktop window rules', () => {
  it('stays on the app page; hash changes are fine', () => {
    expect(isAllowedNavigation(page + '#/nhiem-vu', page)).toBe(true);
    expect(isAllowedNavigation('https://example.org/', page)).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/system32/evil.html', page)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', page)).toBe(false);
    expect(isAllowedNavigation('not a url', page)).toBe(false);
  });
  it('opens only plain https links outside', () => {
    expect(isVettedExternalUrl('https://vanban.chinhphu.vn/')).toBe(true);
    expect(isVettedExternalUrl('http://example.org/')).toBe(false);
    expect(isVettedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isVettedExternalUrl('https://user:pass@example.org/')).toBe(false);
  });
  it('answers IPC only from the app page', () => {
    expect(isTrustedSender(page, page)).toBe(true);
    expect(isTrustedSender('https://example.org/', page)).toBe(false);
    expect(isTrustedSender(undefined, page)).toBe(false);
  });
});

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
