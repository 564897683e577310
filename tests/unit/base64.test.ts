// shared/text/base64.ts: the one conversion between bytes and the base64 text the API carries.
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../shared/text/base64';
import { decodeBase64 } from '../../shared/domain/attachments';

describe('bytes and base64', () => {
  it('encodes known bytes as the standard alphabet does', () => {
    // "%PDF" and the bytes 0, 255: worked out by hand from the 6-bit groups.
    expect(bytesToBase64(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('JVBERg==');
    expect(bytesToBase64(new Uint8Array([0, 255]))).toBe('AP8=');
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
  });

  it('a file larger than one chunk (32 KiB) comes back byte for byte, as Node encodes it', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 31 + 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
  });

  it('the strict reader refuses what is not base64 and otherwise reads as base64ToBytes does', () => {
    expect(decodeBase64('AP8 ')).toBeNull();
    expect(Array.from(decodeBase64('AP8=')!)).toEqual([0, 255]);
  });
});
