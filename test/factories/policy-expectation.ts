/**
 * The test suites' own reading of the policy table (libs/shared/auth/policy.table.ts), kept
 * apart from the app's evaluator on purpose: the authorisation matrix compares the two.
 */
import type { Caller, Grant, OperationPolicy, ResourceFacts } from '../../libs/shared/auth/index.js';

export type Expected =
  | { allow: true }
  | { allow: false; refusal: 'unauthenticated' | 'unverified' | 'forbidden' | 'out-of-scope' | 'api-key' };

/** What the table says of `who` doing `op` on a resource with `facts`. */
export function expectation(
  op: OperationPolicy,
  who: Caller | undefined,
  facts: ResourceFacts | undefined,
  within: (code: string, ancestor: string) => boolean,
): Expected {
  if (op.apiKey) return { allow: false, refusal: 'api-key' };
  const byRole = (g: Grant) =>
    g.who === 'anyone' ||
    (!!who &&
      (g.who === 'signed-in' || who.roles.some((r) => (g.who as readonly string[]).includes(r))) &&
      (!g.orgTypes || g.orgTypes.includes(who.orgType)));
  const held = op.grants.filter((g) => byRole(g) && (g.who === 'anyone' || g.unverified === true || who!.orgVerified));
  if (held.length === 0) {
    if (!who) return { allow: false, refusal: 'unauthenticated' };
    return {
      allow: false,
      refusal: op.grants.some((g) => g.who !== 'anyone' && byRole(g)) && !who.orgVerified ? 'unverified' : 'forbidden',
    };
  }
  const list = (v: string | readonly string[] | null | undefined): readonly string[] =>
    v == null ? [] : typeof v === 'string' ? [v] : v;
  const relation = (rel: string): boolean => {
    if (!who || !facts) return false;
    const [kind, name] = rel.split(':') as [string, string];
    if (kind === 'org') return list(facts.orgs?.[name]).includes(who.orgId);
    if (kind === 'user') return facts.users?.[name] === who.userId;
    const codes = list(facts.regions?.[name]);
    if (kind === 'region') return codes.some((c) => within(c, who.regionCode));
    if (kind === 'below') return codes.some((c) => c !== who.regionCode && within(c, who.regionCode));
    throw new Error(`unknown relation ${rel}`);
  };
  const ok = held.some(
    (g) =>
      (!g.when || g.when.some((s) => facts?.states?.includes(s))) &&
      (!g.to || g.to.some(relation)) &&
      !(g.except ?? []).some(relation),
  );
  return ok ? { allow: true } : { allow: false, refusal: 'out-of-scope' };
}
