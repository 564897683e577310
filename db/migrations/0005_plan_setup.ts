// Plan setup (issue 9, part A): localities (provinces), an agency's locality and level, the plan's own
// details (issuing body lines, căn cứ, years covered, locality) and the plan a history entry belongs
// to (so deletions stay findable). Only adds tables and columns; fills them in for existing rows.
// Frozen in time: takes Kysely<any> and never imports app types.
//
// agencies.code stays UNIQUE for the whole database (an internal id; rebuilding the table inside the
// migration transaction with foreign keys on is not safe in SQLite). The clerk-facing rule, a name
// unique within one locality, is checked by the app (db/queries/agencies.ts).
import { type Kysely, sql } from 'kysely';

/** Folded key of a locality name: lower case, no diacritics, single spaces ("Quảng Trị" -> "quang tri"). */
function localityKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Central bodies (the Ministry, the national committee): no province of their own. */
function isNationalName(name: string): boolean {
  const n = name.normalize('NFC').trim();
  if (/\s(tỉnh|thành phố|huyện|thị xã|xã|phường)(\s|$)/u.test(n)) return false;
  return /^(Bộ|Cục|Tổng cục|Chính phủ|Thủ tướng|Văn phòng Chính phủ|Ủy ban Quốc gia|Uỷ ban Quốc gia|Ban Chỉ đạo Trung ương|Ban Chỉ đạo quốc gia)\s/u.test(n);
}

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  await db.schema
    .createTable('localities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  // null: a national body. level: 'national' | 'province' | 'district' | 'commune'.
  await db.schema.alterTable('agencies').addColumn('locality_id', 'integer', (c) => c.references('localities.id')).execute();
  await db.schema.alterTable('agencies').addColumn('level', 'text', (c) => c.notNull().defaultTo('province')).execute();
  await db.schema.createIndex('agencies_locality').on('agencies').column('locality_id').execute();

  await db.schema.alterTable('plans').addColumn('locality_id', 'integer', (c) => c.references('localities.id')).execute();
  // The header as printed: the parent body line ("UBND TỈNH QUẢNG TRỊ") and the body's own lines
  // ("BAN CHỈ ĐẠO 138"), one per line; blank: derived from the issuer's name.
  await db.schema.alterTable('plans').addColumn('parent_body_line', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('plans').addColumn('issuing_body_lines', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Căn cứ of the plan, one per line.
  await db.schema.alterTable('plans').addColumn('legal_bases', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('plans').addColumn('year_from', 'integer').execute();
  await db.schema.alterTable('plans').addColumn('year_to', 'integer').execute();

  // The plan a history entry belongs to, so that deleted records can still be listed per plan.
  await db.schema.alterTable('audit_log').addColumn('plan_id', 'integer').execute();
  await db.schema.createIndex('audit_log_plan').on('audit_log').columns(['plan_id', 'action']).execute();

  // Existing data: one locality per place named by a plan; each plan gets its place's locality.
  const plans = (await db.selectFrom('plans').select(['id', 'place_name', 'year']).orderBy('id').execute()) as {
    id: number;
    place_name: string;
    year: number;
  }[];
  const localityIds = new Map<string, number>();
  async function localityOf(name: string): Promise<number | null> {
    const key = localityKey(name);
    if (!key) return null;
    const known = localityIds.get(key);
    if (known !== undefined) return known;
    const { id } = (await db
      .insertInto('localities')
      .values({ name: name.normalize('NFC').trim(), name_key: key })
      .returning('id')
      .executeTakeFirstOrThrow()) as { id: number };
    localityIds.set(key, id);
    return id;
  }
  const planLocality = new Map<number, number | null>();
  for (const p of plans) {
    const id = await localityOf(p.place_name);
    planLocality.set(p.id, id);
    await db.updateTable('plans').set({ locality_id: id, year_from: p.year, year_to: p.year }).where('id', '=', p.id).execute();
  }

  // Agencies: national bodies stay without a locality; the others get the locality of the first plan
  // they take part in (the oldest plan's when they take part in none). Districts are "huyện".
  const agencies = (await db.selectFrom('agencies').select(['id', 'name', 'kind']).orderBy('id').execute()) as {
    id: number;
    name: string;
    kind: string;
  }[];
  const memberships = (await db
    .selectFrom('plan_agencies')
    .select(['agency_id', 'plan_id'])
    .orderBy('plan_id')
    .execute()) as { agency_id: number; plan_id: number }[];
  const fallback = plans.length > 0 ? (planLocality.get(plans[0]!.id) ?? null) : null;
  for (const a of agencies) {
    const national = isNationalName(a.name);
    const firstPlan = memberships.find((m) => m.agency_id === a.id)?.plan_id;
    const locality = national ? null : ((firstPlan !== undefined ? planLocality.get(firstPlan) : undefined) ?? fallback);
    const level = national ? 'national' : a.kind === 'district_pc' ? 'district' : 'province';
    await db.updateTable('agencies').set({ locality_id: locality, level }).where('id', '=', a.id).execute();
  }
}
