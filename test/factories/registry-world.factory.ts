/**
 * The cast of the contract-registration suites and their calls, with a lithium-cathode
 * development contract (50 万元 declared, 45 万元 technology) as the default terms:
 *
 *   w = await registryWorld();
 *   const c = await w.submitted();                      // the seller's, submitted
 *   await w.certify(w.huaibei, c.id).expect(200);       // by the seller's registry
 */
import type request from 'supertest';
import { api, idempotencyKey } from '../http.js';
import { DataSource } from 'typeorm';
import type { Env } from '../../libs/shared/config/index.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { contractBody, createContract, submittedContract, type ContractView } from './contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './identity.factory.js';

export const CATHODE_CONTRACT = {
  title: '锂电池正极材料制备技术开发合同',
  contractAmountFen: '50000000',
  techAmountFen: '45000000',
};

export interface RegistryWorld {
  t: TestApp;
  ds: DataSource;
  seller: TestOrg; // enterprise in 杜集区, 淮北
  buyer: TestOrg; // enterprise in 利辛县
  university: TestOrg; // university in 濉溪县, 淮北
  huaibei: TestOrg; // bureau of 淮北 (city): the sellers' registry
  huaibei2: TestOrg; // a second 淮北 registry officer
  linyi: TestOrg; // bureau of 临沂, outside
  /** The default contract body (buyer: the cast's buyer) with `over`. */
  body(over?: Record<string, unknown>): Record<string, unknown>;
  create(who: TestOrg, over?: Record<string, unknown>): Promise<ContractView>;
  submit(who: TestOrg, id: string, version: number, key?: string): request.Test;
  certify(who: TestOrg, id: string, body?: Record<string, unknown>, key?: string): request.Test;
  /** A contract of the seller, submitted. */
  submitted(over?: Record<string, unknown>): Promise<ContractView>;
}

/** A fresh app (with `env`, e.g. a mail transport) with the cast. */
export async function registryWorld(env: Env = {}): Promise<RegistryWorld> {
  const t = await createTestApp(env);
  const [seller, buyer, university, huaibei, huaibei2, linyi] = await Promise.all([
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '340621' }),
    createBureauStaff(t, '340600'),
    createBureauStaff(t, '340600'),
    createBureauStaff(t, '371300'),
  ]);
  const terms = (over: Record<string, unknown> = {}) => ({ ...CATHODE_CONTRACT, ...over });
  return {
    t,
    ds: t.app.get(DataSource),
    seller,
    buyer,
    university,
    huaibei,
    huaibei2,
    linyi,
    body: (over) => contractBody(buyer, terms(over)),
    create: (who, over) => createContract(t, who, buyer, terms(over)),
    submit: (who, id, version, key = idempotencyKey()) =>
      api(t, who).post(`/api/contracts/${id}/submit`).set('Idempotency-Key', key).send({ version }),
    certify: (who, id, body = {}, key = idempotencyKey()) =>
      api(t, who).post(`/api/contracts/${id}/certify`).set('Idempotency-Key', key).send(body),
    submitted: (over) => submittedContract(t, seller, buyer, terms(over)),
  };
}
