/**
 * Technology contracts through the API, valid by default, at each stage of registration:
 *
 *   const draft = await createContract(t, seller, buyer, { contractAmountFen: '5000000' });
 *   const submitted = await submittedContract(t, seller, buyer);
 *   const certified = await certifiedContract(t, seller, buyer, huaibei);   // by the seller's registry
 *
 * The seller is the caller's own organisation; a registered buyer is named by its id, so both
 * parties come from the organisations' records.
 */
import { api, idempotencyKey, type Bearer } from '../http.js';
import type { TestApp } from '../test-app.js';
import type { TestOrg } from './identity.factory.js';

export interface ContractView {
  id: string;
  version: number;
  status: string;
  [field: string]: unknown;
}

/** A buyer: a registered organisation, or an unregistered one given by name, credit code and region. */
export type Buyer = TestOrg | { name: string; creditCode: string; regionCode: string };

/** A valid contract body between the caller (seller) and `buyer`, with `overrides`. */
export const contractBody = (buyer: Buyer, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '储能材料技术开发合同',
  contractSubtypeCode: 'development.commissioned',
  techFieldCode: '05',
  seller: {},
  buyer: 'org' in buyer ? { orgId: buyer.org.id } : buyer,
  contractAmountFen: '1000000',
  techAmountFen: '900000',
  signedOn: '2025-06-18',
  ...overrides,
});

/** A draft contract written by `seller` (or a broker naming the seller in `overrides`). */
export async function createContract(
  t: TestApp,
  seller: Bearer,
  buyer: Buyer,
  overrides: Record<string, unknown> = {},
): Promise<ContractView> {
  return (await api(t, seller).post('/api/contracts').send(contractBody(buyer, overrides)).expect(201)).body;
}

/** Submits a contract for registration (a fresh Idempotency-Key unless given). */
export async function submitContract(
  t: TestApp,
  who: Bearer,
  c: { id: string; version: number },
  key = idempotencyKey(),
): Promise<ContractView> {
  return (
    await api(t, who)
      .post(`/api/contracts/${c.id}/submit`)
      .set('Idempotency-Key', key)
      .send({ version: c.version })
      .expect(200)
  ).body;
}

/** A contract of `seller` submitted for registration. */
export async function submittedContract(
  t: TestApp,
  seller: Bearer,
  buyer: Buyer,
  overrides: Record<string, unknown> = {},
): Promise<ContractView> {
  return submitContract(t, seller, await createContract(t, seller, buyer, overrides));
}

/** Certifies a submitted contract as `registrar` (approved amounts in `body`, if any). */
export async function certifyContract(
  t: TestApp,
  registrar: Bearer,
  c: { id: string },
  body: Record<string, unknown> = {},
): Promise<ContractView> {
  return (
    await api(t, registrar)
      .post(`/api/contracts/${c.id}/certify`)
      .set('Idempotency-Key', idempotencyKey())
      .send(body)
      .expect(200)
  ).body;
}

/** A contract of `seller`, submitted and certified by `registrar` (a bureau of the seller's region). */
export async function certifiedContract(
  t: TestApp,
  seller: Bearer,
  buyer: Buyer,
  registrar: Bearer,
  overrides: Record<string, unknown> = {},
): Promise<ContractView> {
  return certifyContract(t, registrar, await submittedContract(t, seller, buyer, overrides));
}
