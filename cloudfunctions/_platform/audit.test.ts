/** Audit chains: every change leaves an entry; tampering with any entry or head is found. */
import { rid, startTestApp, type TestApp } from '../_local/testing';
import { verifyAllChains } from './audit-verify';
import { C, DECLARATION } from './collections';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
  const call = (action: string, data: Record<string, unknown>) =>
    app.call('org', action, data, { openid: 'demo-district', requestId: rid() });
  await call('renameOrg', { id: 'unit-bus', version: 1, name: '东湖公交集团工会', reason: '更名' });
  await call('renameOrg', { id: 'unit-bus', version: 2, name: '东湖公交客运集团工会', reason: '再次更名' });
});
afterEach(() => app.close());

describe('audit chains', () => {
  it('hold who, what, which fields and why — never the values', async () => {
    const page = await app.ports.store.find(C.audit, { where: { recordKey: 'orgs/unit-bus' }, limit: 10 });
    expect(page.items.map((e) => [e.action, e.fields, e.actor, e.reason])).toEqual([
      ['org.add', ['kind', 'name', 'parentId', 'pathKey', 'status'], 'seed', 'demo seed'],
      ['org.rename', ['name'], 'demo-district', '更名'],
      ['org.rename', ['name'], 'demo-district', '再次更名'],
    ]);
    expect(JSON.stringify(page.items)).not.toContain('东湖公交客运集团工会');
  });

  it('verify passes on an untouched database', async () => {
    const report = await verifyAllChains(app.ports.store, DECLARATION);
    expect(report.problems).toEqual([]);
    expect(report.records).toBeGreaterThan(40);
  });

  it('names the first broken entry when an entry is edited', async () => {
    const entry = await app.ports.store.get(C.audit, 'orgs/unit-bus#00000002');
    await app.ports.store.update(C.audit, entry!.id, entry!.version, { reason: '改写的理由' });
    const report = await verifyAllChains(app.ports.store, DECLARATION);
    expect(report.problems).toEqual([
      { recordKey: 'orgs/unit-bus', seq: 2, problem: 'entry hash does not match its content' },
    ]);
  });

  it('finds a record whose head was moved without an entry', async () => {
    const org = await app.ports.store.get(C.orgs, 'unit-school');
    await app.ports.store.update(C.orgs, org!.id, org!.version, { name: '悄悄改名工会', auditHead: 'f'.repeat(64) });
    const report = await verifyAllChains(app.ports.store, DECLARATION);
    expect(report.problems).toEqual([
      { recordKey: 'orgs/unit-school', seq: 1, problem: 'record head does not match the last entry' },
    ]);
  });
});
