/**
 * `npm run setup-code`: after a CloudBase deploy, creates the district federation (the tree's root)
 * if it does not exist and prints a one-time setup code for the first district cadre, who redeems
 * it in 我的 → 兑换邀请码. Needs TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY, and
 * LAOMO_DISTRICT_NAME for a new tree. `--force` issues a new code even when setup was done.
 */
import tcb from '@cloudbase/node-sdk';
import { C, DECLARATION } from '../cloudfunctions/_platform/collections';
import { systemRandom } from '../cloudfunctions/_platform/ids';
import { systemClock, type Ports } from '../cloudfunctions/_platform/ports';
import { cloudbaseStore } from '../cloudfunctions/_platform/store/cloudbase.adapter';
import { UnitOfWork } from '../cloudfunctions/_platform/unit-of-work';
import { issueSetupCode } from '../cloudfunctions/identity/setup.service';
import { pathKeyOf } from '../shared/org';

async function main(): Promise<void> {
  const env = process.env.TCB_ENV;
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!env || !secretId || !secretKey)
    throw new Error('Set TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY.');
  const app = tcb.init({ env, secretId, secretKey });
  const store = cloudbaseStore({ app, declaration: DECLARATION });
  const ports = { store, clock: systemClock, random: systemRandom } as Pick<
    Ports,
    'store' | 'clock' | 'random'
  > as Ports;
  const roots = await store.find(C.orgs, { where: { parentId: null, status: 'active' }, limit: 2 });
  let districtId = roots.items[0]?.id;
  if (!districtId) {
    const name = process.env.LAOMO_DISTRICT_NAME;
    if (!name) throw new Error('No district federation yet: set LAOMO_DISTRICT_NAME to create it.');
    districtId = systemRandom.id();
    const uow = new UnitOfWork('setup', systemClock.now());
    uow.insertAudited(
      C.orgs,
      {
        id: districtId,
        name,
        kind: 'districtFederation',
        parentId: null,
        pathKey: pathKeyOf(null, districtId),
        status: 'active',
      },
      { action: 'org.add', reason: 'setup' },
    );
    await store.commit(uow.ops);
    console.log(`Created the district federation “${name}”.`);
  }
  const code = await issueSetupCode(ports, districtId, { force: process.argv.includes('--force') });
  console.log(
    code
      ? `One-time setup code for the first district cadre: ${code}`
      : 'Setup is already done (use --force to issue a new code).',
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
