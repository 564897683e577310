// Finding the agencies a plan's text names: by folded name, short name, common abbreviations
// ("Sở LĐ-TB&XH", "BĐBP tỉnh", "Đoàn TNCS Hồ Chí Minh") and the district People's Committees as one
// group ("UBND các huyện, thị xã, thành phố"). Pure.
import type { AgencyKind } from '../domain/types';
import { stripDiacritics } from '../text/vietnamese';

export interface KnownAgency {
  code: string;
  name: string;
  shortName: string;
  abbreviation: string;
  kind: AgencyKind;
  adminUnitCode?: string;
}

/** Lower case, no diacritics, abbreviations joined ("LĐ-TB&XH" -> "ldtbxh"), punctuation as spaces. */
export function foldForMatch(text: string): string {
  const joined = text.normalize('NFC').replace(/[A-ZĐ]+(?:\s?[-&]\s?[A-ZĐ]+)+/g, (m) => m.replace(/[\s\-&]/g, ''));
  return (
    ' ' +
    stripDiacritics(joined)
      .toLowerCase()
      .replace(/[^a-z0-9/]+/g, ' ')
      .trim()
      .split(' ')
      .map((w) => ABBREVIATIONS[w] ?? w)
      .join(' ') +
    ' '
  );
}

/** Common abbreviations in plans, folded, and what they stand for (folded). */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  tncs: 'thanh nien cong san',
  bdbp: 'bo doi bien phong',
  bchq: 'bo chi huy quan su',
  hlhpn: 'hoi lien hiep phu nu',
  ldld: 'lien doan lao dong',
  vksnd: 'vien kiem sat nhan dan',
  tand: 'toa an nhan dan',
  gddt: 'giao duc va dao tao',
  tttt: 'thong tin va truyen thong',
  vhttdl: 'van hoa the thao va du lich',
  khdt: 'ke hoach va dau tu',
  ptth: 'phat thanh truyen hinh',
  bcd: 'ban chi dao',
  slaodong: 'so lao dong',
};

/** Words that may be left off a name: "tỉnh Quảng Trị", "Việt Nam", "Bộ Chỉ huy". */
function aliasesOf(a: KnownAgency, placeName: string): string[] {
  const place = foldForMatch(placeName).trim();
  const out = new Set<string>();
  for (const n of [a.name, a.shortName]) {
    const f = foldForMatch(n).trim();
    if (!f) continue;
    const variants = [f];
    if (place) variants.push(f.replace(new RegExp(` ${place}$`), '').trim());
    for (const v of [...variants]) {
      variants.push(v.replace(/ tinh$/, '').trim());
      variants.push(v.replace(/ viet nam/, '').trim());
      if (v.startsWith('bo chi huy ')) variants.push(v.slice('bo chi huy '.length));
      if (v.startsWith('uy ban mat tran')) variants.push(v.replace(/^uy ban /, ''));
    }
    for (const v of variants) if (v.split(' ').length >= 2) out.add(v);
  }
  const ab = foldForMatch(a.abbreviation).trim();
  if (ab.length >= 4 && !ab.includes(' ') && a.kind !== 'district_pc' && a.kind !== 'provincial_pc') out.add(ab);
  if (a.kind === 'provincial_department' && /^s[a-z]{2,}$/.test(foldForMatch(a.abbreviation).trim().replace(/ /g, ''))) {
    // "Sở LĐTBXH", "Sở GDĐT": the department's abbreviation without its leading S.
    const compact = stripDiacritics(a.abbreviation).toLowerCase();
    out.add(`so ${compact.slice(1)}`);
  }
  if (a.kind === 'police') out.add('co quan cong an');
  if (a.kind === 'provincial_pc') out.add('uy ban nhan dan tinh');
  return [...out].filter((x) => x.length > 3);
}

/** "UBND các huyện, thị xã, thành phố", "UBND cấp huyện": all district People's Committees. */
const DISTRICTS_GROUP = / uy ban nhan dan (?:cac )?(?:huyen thi xa thanh pho|cap huyen|cac huyen thi xa thanh pho|huyen thanh pho|huyen thi xa)(?= )/g;

export interface Mention {
  /** Codes of the agencies named at this place (several for a group). */
  codes: string[];
  /** Position in the folded text (start, end). */
  start: number;
  end: number;
  /** The folded words that matched. */
  matched: string;
}

export class AgencyMatcher {
  private readonly aliases: { alias: string; code: string }[];
  private readonly districts: string[];

  constructor(
    readonly agencies: KnownAgency[],
    placeName: string,
  ) {
    this.aliases = agencies
      .flatMap((a) => aliasesOf(a, placeName).map((alias) => ({ alias, code: a.code })))
      .sort((x, y) => y.alias.length - x.alias.length);
    this.districts = agencies.filter((a) => a.kind === 'district_pc').map((a) => a.code);
  }

  /** Every agency named in a folded text (from foldForMatch), longest names first, without overlaps. */
  mentions(folded: string): Mention[] {
    const taken: [number, number][] = [];
    const out: Mention[] = [];
    const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
    if (this.districts.length) {
      for (const m of folded.matchAll(DISTRICTS_GROUP)) {
        const s = m.index + 1;
        const e = s + m[0].length - 1;
        taken.push([s, e]);
        out.push({ codes: [...this.districts], start: s, end: e, matched: m[0].trim() });
      }
    }
    for (const { alias, code } of this.aliases) {
      let from = 0;
      for (;;) {
        const i = folded.indexOf(` ${alias} `, from);
        if (i < 0) break;
        const s = i + 1;
        const e = s + alias.length;
        if (free(s, e)) {
          taken.push([s, e]);
          out.push({ codes: [code], start: s, end: e, matched: alias });
        }
        from = i + 1;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The agencies a whole phrase names (e.g. a heading of section V). */
  codesIn(text: string): string[] {
    return unique(this.mentions(foldForMatch(text)).flatMap((m) => m.codes));
  }

  /** The agency a text opens with ("Hội Liên hiệp Phụ nữ tỉnh: …"), when the words before ":" name one. */
  opening(text: string): string[] {
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 120) return [];
    const head = text.slice(0, colon);
    const folded = foldForMatch(head);
    const ms = this.mentions(folded);
    if (ms.length === 0) return [];
    // The agency must take most of the words before the colon.
    const covered = ms.reduce((n, m) => n + (m.end - m.start), 0);
    return covered >= folded.trim().length * 0.6 ? unique(ms.flatMap((m) => m.codes)) : [];
  }

  /**
   * Supporting agencies: the agencies listed right after "phối hợp (chặt chẽ) (với)", up to the first
   * words that are not an agency ("Phối hợp với Sở Lao động - Thương binh và Xã hội, các cơ quan liên quan").
   */
  partners(text: string): string[] {
    const folded = foldForMatch(text);
    const ms = this.mentions(folded);
    const out: string[] = [];
    for (const m of folded.matchAll(/ phoi hop (?:chat che )?(?:voi )?/g)) {
      let pos = m.index + m[0].length;
      for (;;) {
        const next = ms.find((x) => x.start === pos);
        if (!next) break;
        out.push(...next.codes);
        const rest = folded.slice(next.end);
        const sep = /^ (?:va |voi )?/.exec(rest);
        pos = next.end + (sep ? sep[0].length : 0);
      }
    }
    return unique(out);
  }

  /** Agencies named just before "chủ trì" ("Công an tỉnh chủ trì, phối hợp với …"). */
  leadsByWording(text: string): string[] {
    const folded = foldForMatch(text);
    const ms = this.mentions(folded);
    const out: string[] = [];
    for (const m of folded.matchAll(/ chu tri /g)) {
      const before = ms.filter((x) => x.end === m.index || x.end === m.index - 1);
      for (const b of before) out.push(...b.codes);
    }
    return unique(out);
  }
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A proposed new agency's kind, from how its name begins. */
export function guessKind(name: string): AgencyKind {
  const f = foldForMatch(name).trim();
  if (f.startsWith('so ')) return 'provincial_department';
  if (f.startsWith('cong an')) return 'police';
  if (f.startsWith('toa an')) return 'court';
  if (f.startsWith('vien kiem sat')) return 'procuracy';
  if (/^(hoi |doan |lien doan|mat tran|uy ban mat tran|hoi lien hiep)/.test(f)) return 'mass_organisation';
  if (/^(bao |dai )/.test(f)) return 'press';
  if (/^(bo chi huy|bo doi)/.test(f)) return 'military';
  if (/^uy ban nhan dan (huyen|thi xa|thanh pho)/.test(f)) return 'district_pc';
  if (/^uy ban nhan dan tinh/.test(f)) return 'provincial_pc';
  return 'other';
}

/** Words an agency's name begins with; a phrase that does not is not proposed as a new agency. */
export function looksLikeAgency(name: string): boolean {
  const f = foldForMatch(name).trim();
  return /^(so|ban|bo|cong an|toa an|vien|hoi|doan|lien doan|uy ban|mat tran|bao|dai|trung tam|cuc|chi cuc|tinh doan|ngan hang|kho bac|cuc thue|bao hiem)( |$)/.test(f) && f.split(' ').length >= 2 && f.split(' ').length <= 14;
}

/** A stable ASCII code for a proposed agency, unique among the given codes. */
export function proposeCode(name: string, taken: Set<string>): string {
  const initials = foldForMatch(name)
    .trim()
    .split(' ')
    .filter((w) => w && !['va', 'tinh', 'cac'].includes(w))
    .map((w) => (/^\d+$/.test(w) ? w : w[0]))
    .join('')
    .toUpperCase()
    .slice(0, 12);
  let code = `MOI-${initials || 'CQ'}`;
  for (let i = 2; taken.has(code); i++) code = `MOI-${initials || 'CQ'}-${i}`;
  taken.add(code);
  return code;
}
