import { describe, expect, it } from 'vitest';
import { documentSettingsLink, documentSettingsTab, hashParam, routeFromHash } from '../../renderer/src/app/routes';

describe('"Mở Cài đặt" for a document problem', () => {
  it('links to the Văn bản section of Cài đặt, naming the field', () => {
    const link = documentSettingsLink('standing.signerName');
    expect(link).toBe('#/cai-dat?muc=van-ban&truong=standing.signerName');
    expect(routeFromHash(link)).toBe('settings');
    expect(hashParam(link, 'muc')).toBe('van-ban');
    expect(hashParam(link, 'truong')).toBe('standing.signerName');
  });

  it('without a field it still opens the section', () => {
    expect(documentSettingsLink(null)).toBe('#/cai-dat?muc=van-ban');
    expect(hashParam('#/cai-dat', 'muc')).toBeNull();
  });

  it("the plan issuer's fields are on the plan tab, the standing body's on the first", () => {
    expect(documentSettingsTab('planIssuer.signerName')).toBe('plan');
    expect(documentSettingsTab('planSymbol')).toBe('plan');
    expect(documentSettingsTab('standing.placeName')).toBe('standing');
    expect(documentSettingsTab('letterSymbol')).toBe('standing');
    expect(documentSettingsTab(undefined)).toBe('standing');
  });
});
