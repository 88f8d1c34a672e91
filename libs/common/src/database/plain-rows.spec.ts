import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { PlainRowReader, withArrayParameters } from './plain-rows';

@Entity({ name: 'kits' })
class KitEntity {
  @PrimaryColumn({ type: 'varchar' })
  id!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ name: 'needs_install', type: 'boolean' })
  needsInstall!: boolean;
}

@Entity({ name: 'kit_parts' })
class KitPartEntity {
  @PrimaryColumn({ type: 'varchar' })
  id!: string;

  @Column({ name: 'kit_id', type: 'varchar' })
  kitId!: string;

  @Column({ type: 'integer' })
  position!: number;
}

describe('PlainRowReader on SQLite', () => {
  let dataSource: DataSource;
  let kits: PlainRowReader<KitEntity>;
  let parts: PlainRowReader<KitPartEntity>;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [KitEntity, KitPartEntity] });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE kits (id varchar PRIMARY KEY, name varchar, needs_install boolean)');
    await dataSource.query('CREATE TABLE kit_parts (id varchar PRIMARY KEY, kit_id varchar, position integer)');
    await dataSource.query(`INSERT INTO kits VALUES ('k1', 'Dashcam', 1), ('k2', 'Tracker', 0)`);
    await dataSource.query(`INSERT INTO kit_parts VALUES ('p2', 'k1', 2), ('p1', 'k1', 1)`);
    kits = new PlainRowReader(dataSource.manager, dataSource.getMetadata(KitEntity), 'k');
    parts = new PlainRowReader(dataSource.manager, dataSource.getMetadata(KitPartEntity), 'p', ['id', 'position']);
  });

  afterAll(() => dataSource.destroy());

  it('reads rows under property names, converted by the driver', async () => {
    const rows = await kits.many(`SELECT ${kits.selectList} FROM "kits" "k" WHERE "k"."id" IN (:...ids) ORDER BY "k"."id"`, { ids: ['k1', 'k2'] });
    expect(rows).toEqual([
      { id: 'k1', name: 'Dashcam', needsInstall: true },
      { id: 'k2', name: 'Tracker', needsInstall: false },
    ]);
  });

  it('selects only the properties named', async () => {
    expect(await parts.many(`SELECT ${parts.selectList} FROM "kit_parts" "p" ORDER BY "p"."position"`)).toEqual([
      { id: 'p1', position: 1 },
      { id: 'p2', position: 2 },
    ]);
  });

  it('keeps two entities of a join apart, and finds nothing where a LEFT JOIN matched nothing', async () => {
    const rows = await kits.raw(
      `SELECT ${kits.qualifiedSelectList}, ${parts.qualifiedSelectList} FROM "kits" "k" LEFT JOIN "kit_parts" "p" ON "p"."kit_id" = "k"."id"` +
        ` ORDER BY "k"."id", "p"."position"`,
    );
    expect(rows.map((row) => [kits.pick(row), parts.pick(row)])).toEqual([
      [{ id: 'k1', name: 'Dashcam', needsInstall: true }, { id: 'p1', position: 1 }],
      [{ id: 'k1', name: 'Dashcam', needsInstall: true }, { id: 'p2', position: 2 }],
      [{ id: 'k2', name: 'Tracker', needsInstall: false }, null],
    ]);
  });
});

describe('withArrayParameters (PostgreSQL)', () => {
  it('sends each IN list as one array parameter, so the text is the same for every length', () => {
    expect(withArrayParameters('SELECT 1 FROM "t" WHERE "t"."id" IN (:...ids) AND "t"."kind" IN (:...kinds)')).toBe(
      'SELECT 1 FROM "t" WHERE "t"."id" = ANY(:ids) AND "t"."kind" = ANY(:kinds)',
    );
  });

  it('leaves NOT IN and lists written out as they are', () => {
    const sql = `SELECT 1 FROM "t" WHERE "t"."id" NOT IN (:...ids) AND "t"."status" IN ('a', 'b')`;
    expect(withArrayParameters(sql)).toBe(sql);
  });
});
