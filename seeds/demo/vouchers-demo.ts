import type { DataSource } from 'typeorm';
import { chinaToday } from '../../libs/reference/src/index.js';
import type { DemoLoader } from './demo-loader.js';

const day = (offset: number) => chinaToday(new Date(Date.now() + offset * 86_400_000));

/**
 * 淮北's 科技创新券 (plan 004: 技术转移、检验检测、人才培养、仪器设备共享, 联动长三角和徐州市通用通兑):
 * a programme of 500 万元 at 50 % (at most 20 万元 per enterprise a year) with 淮北职业技术学院
 * as provider, and the demo enterprise's vouchers at three steps — waiting for approval,
 * approved (5 万元 reserved), redeemed (8 万元 of a 10 万元 reservation, 2 万元 released) — with
 * the ledger entries that add up to the programme's totals. The enterprise is made the holder of
 * one of the demo 科小 entries in force (name and credit code), so no registry count changes.
 */
export async function loadVouchersDemo(ds: DataSource): Promise<number> {
  const one = async (sql: string, params: unknown[]) => ((await ds.query(sql, params)) as { id: string }[])[0]?.id;
  const bureau = await one(`SELECT id FROM org_summary WHERE name = '淮北市科学技术局'`, []);
  const enterprise = await one(`SELECT id FROM org_summary WHERE name = '淮北矿业新材料科技有限公司'`, []);
  const provider = await one(`SELECT id FROM org_summary WHERE name = '淮北职业技术学院'`, []);
  const user = (login: string) => one(`SELECT id FROM app_user WHERE email = $1`, [`${login}@demo.techmarket.cn`]);
  const [admin, staff, applicant] = [
    await user('huaibei-admin'),
    await user('huaibei-staff'),
    await user('huaibei-enterprise'),
  ];
  if (!bureau || !enterprise || !provider || !admin || !staff || !applicant) return 0;
  const [{ credit_code: creditCode }]: { credit_code: string }[] = await ds.query(
    `SELECT credit_code FROM org_summary WHERE id = $1`,
    [enterprise],
  );
  await ds.query(
    `UPDATE registry_entry SET name = '淮北矿业新材料科技有限公司', credit_code = $1
      WHERE id = (SELECT id FROM registry_entry WHERE kind = 'tech_sme' AND region_code = '340602' AND withdrawn_at IS NULL
                     AND recognised_on <= current_date AND valid_until >= current_date ORDER BY recognised_on DESC LIMIT 1)`,
    [creditCode],
  );
  const year = Number(day(0).slice(0, 4));
  const programme = await one(
    `INSERT INTO voucher_programme (issuer_org_id, region_code, name, budget_fen, reserved_fen, redeemed_fen, opens_on, closes_on,
       eligible_kinds, categories, subsidy_percent, cap_per_enterprise_fen, reservation_days, outside_providers, accepted_region_codes, created_by)
     VALUES ($1, '340600', $2, 500000000, 5000000, 8000000, $3, $4, '{tech_sme}',
             '{tech_transfer,testing,training,instrument_sharing}', 50, 20000000, 90, true, '{320300}', $5) RETURNING id`,
    [bureau, `${year}年淮北市科技创新券`, `${year}-01-01`, `${year}-12-31`, admin],
  );
  await ds.query(`INSERT INTO voucher_provider (programme_id, org_id, approved_by) VALUES ($1, $2, $3)`, [
    programme,
    provider,
    admin,
  ]);
  const voucher = (
    status: string,
    category: string,
    purpose: string,
    planned: number,
    extra: string,
    values: unknown[],
  ) =>
    one(
      `INSERT INTO voucher (programme_id, enterprise_org_id, enterprise_region_code, provider_org_id, category, purpose,
         planned_fen, requested_fen, year, status, applied_by${extra ? `, ${extra}` : ''})
       VALUES ($1, $2, '340602', $3, $4, $5, $6, $7, $8, $9, $10${values.map((_, i) => `, $${11 + i}`).join('')}) RETURNING id`,
      [programme, enterprise, provider, category, purpose, planned, planned / 2, year, status, applicant, ...values],
    );
  await voucher('applied', 'training', '委托培训新材料检测技术人员 20 名', 6_000_000, '', []);
  const approved = await voucher(
    'approved',
    'instrument_sharing',
    '使用学院扫描电镜开展正极材料形貌分析',
    10_000_000,
    'approved_fen, decided_by, decided_at, expires_on',
    [5_000_000, staff, new Date(), day(60)],
  );
  const redeemed = await voucher(
    'redeemed',
    'testing',
    '委托检测锂电池正极材料的循环寿命',
    20_000_000,
    'approved_fen, decided_by, decided_at, expires_on, service_fen, evidence, redemption_requested_at, redeemed_fen, redeemed_by, redeemed_at',
    [
      10_000_000,
      staff,
      new Date(),
      day(60),
      16_000_000,
      '检测报告 JC-2026-0012，发票号 00451236',
      new Date(),
      8_000_000,
      staff,
      new Date(),
    ],
  );
  const entry = (voucherId: string | undefined, kind: string, fen: number, reason: string) =>
    ds.query(
      `INSERT INTO voucher_budget_entry (programme_id, voucher_id, kind, amount_fen, reason, by_user) VALUES ($1, $2, $3, $4, $5, $6)`,
      [programme, voucherId, kind, fen, reason, staff],
    );
  await entry(redeemed, 'reserved', 10_000_000, '批准申请，预留额度');
  await entry(approved, 'reserved', 5_000_000, '批准申请，预留额度');
  await entry(redeemed, 'redeemed', 8_000_000, '兑付');
  await entry(redeemed, 'released', 2_000_000, '兑付金额低于预留额度，释放差额');
  return 4;
}

export const vouchersDemoLoader: DemoLoader = { name: 'vouchers', load: loadVouchersDemo };
