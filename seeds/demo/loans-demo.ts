import type { DataSource } from 'typeorm';
import { chinaToday } from '../../libs/reference/src/index.js';
import type { DemoLoader } from './demo-loader.js';

/**
 * 临沂's 科技成果转化贷款 (plan 001: "帮助35家企业备案科技成果转化贷款1.86亿元"): the demo bank
 * 临沂农商银行科技支行, authorised by 临沂智能装备制造有限公司, has filed a 500 万元 loan for it
 * (36 months, 专利质押) with one repayment of 50 万元 — so the bank's, the enterprise's and the
 * bureau's loan pages and figures have something to show.
 */
export async function loadLoansDemo(ds: DataSource): Promise<number> {
  const one = async (sql: string, params: unknown[]) => ((await ds.query(sql, params)) as { id: string }[])[0]?.id;
  const bank = await one(`SELECT id FROM org_summary WHERE name = '临沂农商银行科技支行'`, []);
  const enterprise = await one(`SELECT id FROM org_summary WHERE name = '临沂智能装备制造有限公司'`, []);
  const user = (login: string) => one(`SELECT id FROM app_user WHERE email = $1`, [`${login}@demo.techmarket.cn`]);
  const [banker, owner] = [await user('linyi-bank'), await user('linyi-enterprise')];
  if (!bank || !enterprise || !banker || !owner) return 0;
  const authorisation = await one(
    `INSERT INTO loan_authorisation (enterprise_org_id, bank_org_id, granted_by) VALUES ($1, $2, $3) RETURNING id`,
    [enterprise, bank, owner],
  );
  const loan = await one(
    `INSERT INTO loan (bank_org_id, enterprise_org_id, enterprise_region_code, authorisation_id, amount_fen, term_months,
       rate_type, collateral, purpose, filed_by)
     VALUES ($1, $2, '371302', $3, 500000000, 36, 'fixed', 'patent_pledge', $4, $5) RETURNING id`,
    [bank, enterprise, authorisation, '以数控机床智能诊断相关发明专利质押，支持成果转化和示范产线建设', banker],
  );
  await ds.query(
    `INSERT INTO loan_entry (loan_id, kind, amount_fen, occurred_on, note, by_user) VALUES ($1, 'repayment', 50000000, $2, $3, $4)`,
    [loan, chinaToday(), '按季还本', banker],
  );
  return 3;
}

export const loansDemoLoader: DemoLoader = { name: 'loans', load: loadLoansDemo };
