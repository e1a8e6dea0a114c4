/** The organization tree: maintained by district cadres only, every change audited. */
import ExcelJS from 'exceljs';
import { C } from '../_platform/collections';
import { rid, startTestApp, type TestApp } from '../_local/testing';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.close());

const district = { openid: 'demo-district' };
const call = (action: string, data: Record<string, unknown>, openid = 'demo-district') =>
  app.call<Record<string, unknown>>('org', action, data, { openid, requestId: rid() });

describe('reading the tree', () => {
  it('lists the roots and one level of children, by name, to anyone', async () => {
    const roots = await app.call<{ items: { id: string }[] }>('org', 'children', { parentId: null }, { openid: null });
    expect(roots).toMatchObject({ ok: true, data: { items: [{ id: 'district' }] } });
    const mid = await app.call<{ items: { kind: string }[] }>(
      'org',
      'children',
      { parentId: 'district' },
      { openid: null },
    );
    if (!mid.ok) throw new Error(mid.code);
    expect(mid.data.items).toHaveLength(8);
  });
});

describe('maintaining the tree', () => {
  it('only district cadres with org.manage may change it', async () => {
    expect(
      await call('addOrg', { parentId: 'sub-east', name: '新单位工会', kind: 'grassroots' }, 'demo-middle'),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('adds a unit under a middle-tier union, and refuses a wrong kind', async () => {
    expect(await call('addOrg', { parentId: 'sub-east', name: '东湖小学工会', kind: 'subdistrict' })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    const added = await call('addOrg', { parentId: 'sub-east', name: '东湖小学工会', kind: 'grassroots' });
    expect(added).toMatchObject({
      ok: true,
      data: { org: { name: '东湖小学工会', parentId: 'sub-east', status: 'active' } },
    });
  });

  it('retires a unit, but not a union with active children', async () => {
    expect(await call('retireOrg', { id: 'sub-north', version: 1, reason: '撤并' })).toMatchObject({
      ok: false,
      code: 'ORG_HAS_CHILDREN',
    });
    expect(await call('retireOrg', { id: 'unit-grid', version: 1, reason: '撤并' })).toMatchObject({ ok: true });
    expect(await call('retireOrg', { id: 'sub-north', version: 1, reason: '撤并' })).toMatchObject({ ok: true });
    expect(await call('addOrg', { parentId: 'sub-north', name: '北苑新单位工会', kind: 'grassroots' })).toMatchObject({
      ok: false,
      code: 'ORG_RETIRED',
    });
  });

  it('merges a subdistrict into another: children and grants move, all in one unit of work', async () => {
    const reply = await call('mergeOrg', { id: 'sub-east', version: 1, intoId: 'sub-west', reason: '街道合并' });
    expect(reply).toMatchObject({
      ok: true,
      data: { movedChildren: 2, org: { status: 'retired', mergedInto: 'sub-west' } },
    });
    const bus = await app.ports.store.get(C.orgs, 'unit-bus');
    expect(bus).toMatchObject({ parentId: 'sub-west', pathKey: '/district/sub-west/unit-bus/' });
    const grant = await app.ports.store.get(C.grants, 'grant-demo-grassroots');
    expect(grant).toMatchObject({ orgPathKey: '/district/sub-west/unit-bus/' });
    // The west cadre now reaches the moved unit.
    expect(
      await app.call('identity', 'listGrants', { orgId: 'unit-bus' }, { openid: 'demo-middle-west' }),
    ).toMatchObject({ ok: true });
  });

  it('refuses merging into a different kind', async () => {
    expect(await call('mergeOrg', { id: 'sub-east', version: 1, intoId: 'ind-finance', reason: '合并' })).toMatchObject(
      { ok: false, code: 'BAD_REQUEST' },
    );
  });
});

describe('importing from a spreadsheet', () => {
  async function upload(rows: string[][]): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('组织');
    sheet.addRow(['名称', '类型', '上级组织']);
    rows.forEach((r) => sheet.addRow(r));
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const id = `tmp/import-${rid()}.xlsx`;
    await app.ports.files.put(id, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return id;
  }

  it('imports all rows, parents first, each audited', async () => {
    const fileId = await upload([
      ['南湖街道总工会', '街道总工会', '示范区总工会'],
      ['南湖小学工会', '基层工会', '南湖街道总工会'],
    ]);
    expect(await call('importOrgs', { fileId })).toMatchObject({ ok: true, data: { imported: 2 } });
    const found = await app.ports.store.find(C.orgs, { where: { name: '南湖小学工会' } });
    expect(found.items).toHaveLength(1);
  });

  it('refuses the whole file with a row-error report when any row is wrong', async () => {
    const before = app.snapshot();
    const fileId = await upload([
      ['南湖街道总工会', '街道总工会', '示范区总工会'],
      ['无名单位工会', '城堡', '南湖街道总工会'],
      ['孤儿单位工会', '基层工会', '不存在的上级'],
      ['东湖公交客运公司工会', '基层工会', '东湖街道总工会'],
    ]);
    const reply = await call('importOrgs', { fileId });
    expect(reply).toMatchObject({ ok: false, code: 'IMPORT_INVALID' });
    if (reply.ok) throw new Error('unreachable');
    expect(reply.issues?.map((i) => i.path)).toEqual([
      ['rows', 3],
      ['rows', 4],
      ['rows', 5],
    ]);
    expect(app.snapshot().replace(/"rateCounters[^\n]*/g, '')).toBe(before.replace(/"rateCounters[^\n]*/g, ''));
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const id = 'tmp/not-a-sheet.txt';
    await app.ports.files.put(id, Buffer.from('hello'), 'text/plain');
    expect(await app.call('org', 'importOrgs', { fileId: id }, { ...district, requestId: rid() })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
  });
});
