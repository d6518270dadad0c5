import { Permission as P } from './permissions.js';
import type { OperationPolicy } from './policy.js';
import { ALL_ROLES, anyone, auditRead, bureau, BUREAU, bureauOver, listingReaders } from './policy-grants.js';
import { memberAdmin, onResource, ORG, ORG_WITH_BROKER, orgIs, platform, PLATFORM } from './policy-grants.js';
import { platformOnUser, regionSetting, statsExport, statsRead, statsReports, suspension } from './policy-grants.js';
import {
  contractById,
  contractParty,
  contractRegistry,
  contractWriter,
  importJob,
  orgDecision,
} from './policy-grants.js';
import { TRADING_POLICY } from './policy.table.trading.js';
import { FINANCE_POLICY } from './policy.table.finance.js';
import { onProgramme, onVoucher, voucherIssuer, voucherReaders } from './policy-grants.js';

/**
 * THE policy table: every API operation, who may call it and on which resources. The global
 * guard enforces it before a handler runs (and before any row is locked); /api/me derives the
 * caller's capabilities from it; test/authorization-matrix.e2e-spec.ts walks every operation
 * of the OpenAPI document against it, so a route without a row here fails the build.
 *
 * Reading a row: each grant is "these roles (of these organisation types), of a verified organisation
 * unless `unverified`, standing in one of the `to` relations to the resource" (parties and regions as
 * its lib's facts reader reports them: apps/api/src/policy/policy-resources.ts). Business-state
 * rules (a deadline passed, a status transition) stay in the services and answer 409/422.
 *
 * Rules chosen here (README.md, "Who may do what"): an unverified organisation holds only what it
 * needs to complete its own verification; a bureau's reach is its region subtree (every bureau grant
 * names a region relation or is a list the service scopes); the platform admin is not a registry.
 */

export const POLICY = {
  // ── platform ──
  health: { grants: [anyone] },
  'reference.regions': { grants: [anyone] },
  'reference.region': { grants: [anyone] },
  'reference.tech-fields': { grants: [anyone] },
  'reference.contract-types': { grants: [anyone] },
  'reference.rejection-reasons': { grants: [anyone] },
  'reference.targets': { grants: [anyone] },
  // The work calendar deadlines count on: anyone reads it; the platform enters each year's notice.
  'reference.work-calendar': { grants: [anyone] },
  'reference.work-calendar.update': { capability: P.CODE_TABLES_MANAGE, grants: [platform] },
  // Plans and targets: bureau admins manage their subtree's; revisions keep their history.
  'target-plan.create': {
    capability: P.STATS_READ,
    resource: { kind: 'region', id: 'body:regionCode' },
    grants: [{ who: ['bureau_admin'], to: ['region:target'] }],
  },
  'target-plan.list': {
    capability: P.STATS_READ,
    resource: { kind: 'region', id: 'query:region' },
    grants: [bureauOver('target'), platform],
  },
  'target.create': {
    capability: P.STATS_READ,
    resource: { kind: 'target-plan', id: 'param:id' },
    grants: [{ who: ['bureau_admin'], to: ['region:home'] }],
  },
  'target.revise': {
    capability: P.STATS_READ,
    resource: { kind: 'policy-target', id: 'param:id' },
    grants: [{ who: ['bureau_admin'], to: ['region:home'] }],
  },
  'target.history': {
    resource: { kind: 'policy-target', id: 'param:id' },
    grants: [bureauOver('home'), platform],
  },

  // ── identity ──
  'auth.signup': { grants: [anyone] },
  'auth.login': { grants: [anyone] },
  'auth.refresh': { grants: [anyone] },
  'auth.accept-invite': { grants: [anyone] },
  'auth.logout': { grants: [{ who: 'signed-in', unverified: true }] },
  'me.read': { grants: [{ who: 'signed-in', unverified: true }] },
  'me.totp.setup': { grants: [{ who: [...BUREAU, ...PLATFORM], unverified: true }] },
  'me.totp.enable': { grants: [{ who: [...BUREAU, ...PLATFORM], unverified: true }] },
  'me.totp.disable': { grants: [{ who: [...BUREAU, ...PLATFORM], unverified: true }] },
  'me.totp.recovery-codes': { grants: [{ who: [...BUREAU, ...PLATFORM], unverified: true }] },
  'org.members.list': { capability: P.ORG_READ_OWN, grants: [{ who: ALL_ROLES }] },
  'org.members.invite': {
    capability: P.ORG_MANAGE_MEMBERS,
    grants: [{ who: ['org_admin', 'bureau_admin', 'platform_admin'] }],
  },
  'org.members.disable': memberAdmin,
  'org.members.enable': memberAdmin,
  'org.members.roles': memberAdmin,
  'org.members.hand-over': memberAdmin,
  'org.members.resend-invite': memberAdmin,
  'org.members.revoke-invite': memberAdmin,
  'org.settings.update': { grants: [{ who: ['bureau_admin'] }] },
  'org.registration.update': {
    capability: P.ORG_EDIT_REGISTRATION,
    grants: [{ who: ['org_admin', 'bureau_admin'], unverified: true }],
  },
  'org.list': {
    capability: P.ORG_READ_REGION,
    resource: { kind: 'region', id: 'query:regionCode' },
    grants: [bureauOver('target'), platform],
  },
  'org.read': {
    resource: { kind: 'organization', id: 'param:id' },
    grants: [{ who: 'signed-in', unverified: true, to: ['org:self'] }, bureauOver('home'), platform],
  },
  // A bureau decides on organisations of its subtree; on a bureau only from above (never itself or a peer).
  'org.verify': orgDecision,
  'org.reject': orgDecision,
  // Bureaus never sign themselves up: the platform provisions them, or the bureau above invites them.
  'org.bureau.create': {
    capability: P.ORG_PROVISION_BUREAU,
    resource: { kind: 'region', id: 'body:regionCode' },
    grants: [{ who: ['bureau_admin'], to: ['below:target'] }, platform],
  },
  'org.suspend': suspension,
  'org.reinstate': suspension,
  'org.update': onResource(P.PLATFORM_ADMIN, 'organization', [platform]),
  'admin.users.list': { capability: P.PLATFORM_ADMIN, grants: [platform] },
  'admin.users.disable': platformOnUser,
  'admin.users.enable': platformOnUser,
  'admin.users.unlock': platformOnUser,
  'admin.users.reset-password': platformOnUser,
  'audit.list': auditRead,
  'audit.export': auditRead,

  // ── listings ──
  'listing.mine': { grants: [{ who: ALL_ROLES }] },
  'listing.review-queue': { capability: P.LISTING_REVIEW, grants: [bureau, platform] },
  'listing.read': { resource: { kind: 'listing', id: 'param:id' }, grants: listingReaders },
  'listing.submit': { resource: { kind: 'listing', id: 'param:id' }, grants: [orgIs([...ORG, ...BUREAU], 'owner')] },
  'listing.withdraw': { resource: { kind: 'listing', id: 'param:id' }, grants: [orgIs([...ORG, ...BUREAU], 'owner')] },
  'listing.delete-draft': {
    resource: { kind: 'listing', id: 'param:id' },
    grants: [orgIs([...ORG, ...BUREAU], 'owner')],
  },
  'listing.close': { resource: { kind: 'listing', id: 'param:id' }, grants: [orgIs([...ORG, ...BUREAU], 'owner')] },
  'listing.approve': {
    capability: P.LISTING_REVIEW,
    resource: { kind: 'listing', id: 'param:id' },
    grants: [bureauOver('home'), platform],
  },
  'listing.reject': {
    capability: P.LISTING_REVIEW,
    resource: { kind: 'listing', id: 'param:id' },
    grants: [bureauOver('home'), platform],
  },
  'need.create': { capability: P.LISTING_WRITE_OWN, grants: [{ who: ORG, orgTypes: ['enterprise'] }] },
  'need.update': {
    capability: P.LISTING_WRITE_OWN,
    resource: { kind: 'need', id: 'param:id' },
    grants: [orgIs(ORG, 'owner')],
  },
  'achievement.create': {
    capability: P.LISTING_WRITE_OWN,
    grants: [{ who: ORG, orgTypes: ['university', 'research_institute'] }],
  },
  'achievement.update': {
    capability: P.LISTING_WRITE_OWN,
    resource: { kind: 'achievement', id: 'param:id' },
    grants: [orgIs(ORG, 'owner')],
  },
  'challenge.create': {
    capability: P.CHALLENGE_PUBLISH,
    grants: [{ who: ['org_admin'], orgTypes: ['enterprise'] }, bureau],
  },
  'challenge.update': {
    capability: P.CHALLENGE_PUBLISH,
    resource: { kind: 'challenge', id: 'param:id' },
    grants: [orgIs(['org_admin', ...BUREAU], 'owner')],
  },
  'challenge.award': {
    capability: P.CHALLENGE_PUBLISH,
    resource: { kind: 'challenge', id: 'param:id' },
    grants: [orgIs(['org_admin', ...BUREAU], 'owner')],
  },
  'challenge.apply': {
    capability: P.CHALLENGE_APPLY,
    resource: { kind: 'challenge', id: 'param:id' },
    grants: [{ who: ORG, except: ['org:owner'] }],
  },
  'challenge.applications.list': {
    resource: { kind: 'challenge', id: 'param:id' },
    grants: [orgIs(ALL_ROLES, 'owner')],
  },
  'challenge.applications.mine': {
    resource: { kind: 'challenge', id: 'param:id' },
    grants: listingReaders.filter((g) => g.who !== 'anyone'),
  },

  // ── matching ──
  'match.for-need': { resource: { kind: 'need', id: 'param:id' }, grants: listingReaders },
  'match.for-achievement': { resource: { kind: 'achievement', id: 'param:id' }, grants: listingReaders },
  'match.feedback': { capability: P.MATCH_FEEDBACK, grants: [{ who: ORG_WITH_BROKER }] },

  // ── brokerage ──
  'deal.open': { capability: P.DEAL_MANAGE, grants: [{ who: ['org_admin', 'broker'] }] },
  'deal.list': { capability: P.DEAL_READ, grants: [{ who: ALL_ROLES }] },
  'deal.board': {
    capability: P.DEAL_READ,
    resource: { kind: 'deal-board', id: 'query:region' },
    grants: [
      { who: ALL_ROLES, when: ['scope:broker'] },
      { who: BUREAU, to: ['region:target'], when: ['scope:region'] },
      platform,
    ],
  },
  'deal.read': {
    resource: { kind: 'deal', id: 'param:id' },
    grants: [{ who: ALL_ROLES, to: ['user:broker', 'org:broker', 'org:party'] }, bureauOver('party'), platform],
  },
  'deal.accept': { resource: { kind: 'deal', id: 'param:id' }, grants: [orgIs(ORG_WITH_BROKER, 'party')] },
  'deal.decline': { resource: { kind: 'deal', id: 'param:id' }, grants: [orgIs(ORG_WITH_BROKER, 'party')] },
  'deal.stage': {
    capability: P.DEAL_MANAGE,
    resource: { kind: 'deal', id: 'param:id' },
    grants: [orgIs(['org_admin', 'broker'], 'broker')],
  },
  'deal.commission': {
    capability: P.DEAL_MANAGE,
    resource: { kind: 'deal', id: 'param:id' },
    grants: [orgIs(['org_admin', 'broker'], 'broker')],
  },
  'deal.note': {
    resource: { kind: 'deal', id: 'param:id' },
    grants: [{ who: ALL_ROLES, to: ['user:broker', 'org:acceptedParty'] }],
  },

  // ── contracts ──
  'contract.create': { capability: P.CONTRACT_WRITE_OWN, grants: [{ who: ORG_WITH_BROKER }] },
  'contract.list': { grants: [{ who: ALL_ROLES }] },
  'contract.read': { resource: contractById, grants: [contractParty, bureauOver('seller', 'buyer'), platform] },
  'contract.update': {
    capability: P.CONTRACT_WRITE_OWN,
    resource: { kind: 'contract', id: 'param:id' },
    grants: [orgIs(ORG_WITH_BROKER, 'seller', 'author')],
  },
  'contract.submit': {
    capability: P.CONTRACT_WRITE_OWN,
    resource: { kind: 'contract', id: 'param:id' },
    grants: [orgIs(ORG_WITH_BROKER, 'seller')],
  },
  'contract.publish-price': {
    capability: P.CONTRACT_WRITE_OWN,
    resource: { kind: 'contract', id: 'param:id' },
    grants: [orgIs(ORG_WITH_BROKER, 'seller')],
  },
  // Attachments: written with the contract (seller, or the broker who wrote it); read by the parties and the
  // registry (a bureau at or above the seller's region) only — neither the buyer's bureau nor the platform.
  'contract.attachment.upload': onResource(P.CONTRACT_WRITE_OWN, 'contract', [contractWriter]),
  'contract.attachment.delete': onResource(P.CONTRACT_WRITE_OWN, 'contract', [contractWriter]),
  'contract.attachment.list': { resource: contractById, grants: [contractParty, bureauOver('seller')] },
  'contract.attachment.download': { resource: contractById, grants: [contractParty, bureauOver('seller')] },
  // The registry of a contract is a bureau at or above the seller organisation's region.
  'contract.queue': { capability: P.CONTRACT_CERTIFY, grants: [bureau] },
  'contract.certify': contractRegistry,
  'contract.reject': contractRegistry,
  'contract.amend': contractRegistry,
  'contract.cancel': contractRegistry,
  // No capability: the platform may read the national register and set time limits, but it is not a registry (no 合同登记 menu).
  'contract.certified': { resource: { kind: 'region', id: 'query:region' }, grants: [bureauOver('target'), platform] },
  'contract.time-limit': regionSetting,
  'publication.list': { grants: [anyone] },
  'publication.object': { resource: { kind: 'publication', id: 'param:id' }, grants: [{ who: ALL_ROLES }] },
  'publication.objections': {
    resource: { kind: 'publication', id: 'param:id' },
    grants: [orgIs(ALL_ROLES, 'seller'), bureauOver('seller'), platform],
  },

  // ── statistics ──
  'stats.summary': statsRead,
  'stats.flows': statsRead,
  'stats.routes': statsRead,
  'stats.targets': statsRead,
  'stats.matchmaking': statsRead,
  'stats.summary-export': statsExport,
  'stats.contracts-export': statsExport,
  // 指标公开: the region's bureau (or one above) decides; the figures are then anyone's.
  'stats.public-setting': { ...regionSetting, capability: P.STATS_READ, grants: [bureauOver('target'), platform] },
  'stats.public-setting.update': regionSetting,
  'public-figures.list': { grants: [anyone] },
  'public-figures.read': { grants: [anyone] },
  ...statsReports,
  // Figures the market cannot measure: a bureau enters them for its subtree, another bureau user approves.
  'reported.create': {
    capability: P.STATS_READ,
    resource: { kind: 'region', id: 'body:regionCode' },
    grants: [bureauOver('target')],
  },
  // the same readers as the statistics of the region
  'reported.list': statsRead,
  'reported.approve': {
    capability: P.STATS_READ,
    resource: { kind: 'reported-figure', id: 'param:id' },
    grants: [{ who: BUREAU, to: ['region:home'], except: ['user:enteredBy'] }],
  },
  // The registries the plans count: bureaus keep them for their subtree.
  'registry.create': {
    capability: P.STATS_READ,
    resource: { kind: 'region', id: 'body:regionCode' },
    grants: [bureauOver('target')],
  },
  'registry.withdraw': onResource(P.STATS_READ, 'registry-entry', [bureauOver('home')]),
  // the same readers as the statistics of the region
  'registry.list': statsRead,
  'reported.attachment': {
    capability: P.STATS_READ,
    resource: { kind: 'reported-figure', id: 'param:id' },
    grants: [bureauOver('home'), platform],
  },

  // ── search ──
  'search.needs': { grants: [anyone] },
  'search.achievements': { grants: [anyone] },
  'search.challenges': { grants: [anyone] },
  'search.synonyms.read': { grants: [anyone] },
  'search.synonyms.update': { capability: P.CODE_TABLES_MANAGE, grants: [platform] },

  // ── notifications ──
  'notification.list': { grants: [{ who: 'signed-in', unverified: true }] },
  'notification.unread-count': { grants: [{ who: 'signed-in', unverified: true }] },
  'notification.read-all': { grants: [{ who: 'signed-in', unverified: true }] },
  'notification.read': {
    resource: { kind: 'notification', id: 'param:id' },
    grants: [{ who: 'signed-in', unverified: true, to: ['user:recipient', 'org:recipient'] }],
  },
  'notification.preferences.read': { grants: [{ who: 'signed-in', unverified: true }] },
  'notification.preferences.update': { grants: [{ who: 'signed-in', unverified: true }] },
  // The token names its user; the service refuses another user's (403).
  'notification.preferences.unsubscribe': { grants: [{ who: 'signed-in', unverified: true }] },
  'notification.delivery-failures': { grants: [platform] },

  // ── imports (the region of an upload is in its multipart body: ImportsService checks it against 'import.create') ──
  'import.template': { capability: P.IMPORT_RUN, grants: [bureau, platform] },
  'import.create': { capability: P.IMPORT_RUN, grants: [bureau, platform] },
  'import.create.region': {
    checkedIn: 'ImportsService.create',
    resource: { kind: 'region' },
    grants: [bureauOver('target'), platform],
  },
  'import.list': { capability: P.IMPORT_RUN, grants: [bureau, platform] },
  'import.read': importJob,
  'import.problems': importJob,
  'import.commit': importJob,
  'import.cancel': importJob,

  // ── the pricing routes besides 协议定价 (网络竞价, 挂牌交易, 成交公告) and roadshows: policy.table.trading.ts ──
  ...TRADING_POLICY,

  // ── innovation vouchers (创新券): window, cap, eligibility, budget and contracts are the services' rules ──
  'voucher.categories': { grants: [anyone] },
  // A bureau admin opens a programme for its own region (the region comes from its record).
  'voucher-programme.create': { capability: P.VOUCHER_MANAGE, grants: [{ who: ['bureau_admin'] }] },
  // Scoped by the service: a bureau's subtree, an enterprise's region, a provider's approvals.
  'voucher-programme.list': { grants: [{ who: ALL_ROLES }] },
  'voucher-programme.read': { grants: [{ who: ALL_ROLES }] },
  'voucher-programme.add-provider': onProgramme([orgIs(['bureau_admin'], 'issuer')], P.VOUCHER_MANAGE),
  'voucher-programme.ledger': onProgramme([orgIs(BUREAU, 'issuer'), bureauOver('home'), platform]),
  'voucher.apply': {
    capability: P.VOUCHER_APPLY,
    resource: { kind: 'voucher-programme', id: 'param:id' },
    grants: [{ who: ORG, orgTypes: ['enterprise'] }],
  },
  'voucher.list': { grants: [{ who: ALL_ROLES }] },
  'voucher.read': onVoucher(voucherReaders),
  'voucher.approve': onVoucher([voucherIssuer], P.VOUCHER_MANAGE),
  'voucher.reject': onVoucher([voucherIssuer], P.VOUCHER_MANAGE),
  'voucher.request-redemption': onVoucher([orgIs(ORG, 'enterprise')], P.VOUCHER_APPLY),
  'voucher.redeem': onVoucher([voucherIssuer], P.VOUCHER_MANAGE),
  'voucher.return-redemption': onVoucher([voucherIssuer], P.VOUCHER_MANAGE),
  'stats.vouchers': statsRead,
  'stats.vouchers-export': statsExport,
  // ── 成果转化贷款备案 and 企业创新积分: policy.table.finance.ts ──
  ...FINANCE_POLICY,

  // ── exchange ──
  'exchange.keys.create': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.keys.list': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.keys.revoke': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.webhooks.create': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.webhooks.list': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.webhooks.delete': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.webhooks.deliveries': { capability: P.API_KEYS_MANAGE, grants: [platform] },
  'exchange.listings.pull': { apiKey: true, grants: [anyone] },
  'exchange.listings.push': { apiKey: true, grants: [anyone] },
} as const satisfies Record<string, OperationPolicy>;

export type OperationName = keyof typeof POLICY;

export const POLICY_TABLE: Readonly<Record<OperationName, OperationPolicy>> = POLICY;
