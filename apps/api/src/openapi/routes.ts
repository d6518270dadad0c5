import { Delete, Get, HttpCode, Patch, Post, Put, applyDecorators, type Type } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Policy, type OperationName } from '../../../../libs/shared/auth/index.js';

/** A response DTO, or `[Dto]` for a JSON array of them. */
export type Answer = Type<unknown> | [Type<unknown>];

/** Who may call the route (its row in the policy table) and what it does, in the users' words. */
export interface RouteDoc {
  policy: OperationName;
  summary: string;
}

const doc = (a: Answer) => (Array.isArray(a) ? { type: a[0], isArray: true } : { type: a });

/**
 * The policy row and summary of a route whose answer is not a JSON document (a file, 204, an
 * upload with its own body description): `@Get('export') @Operation('audit.export', '导出…')`.
 */
export const Operation = (policy: OperationName, summary: string): MethodDecorator =>
  applyDecorators(Policy(policy), ApiOperation({ summary }));

const route = (method: MethodDecorator, answer: MethodDecorator, d: RouteDoc, ...more: MethodDecorator[]) =>
  applyDecorators(method, ...more, answer, Operation(d.policy, d.summary));

/**
 * Route decorators that say in one place what a route is: its path, what it answers, which row
 * of the policy table admits its callers (required: a route cannot be declared without one) and
 * its summary — so that the OpenAPI document (and the web app's types generated from it) has
 * every response's schema and every operation's policy:
 * `@GetRoute(':id', ContractViewDto, { policy: 'contract.read', summary: '合同详情' })`. A POST
 * says how it answers: `{ created }` (201, the default for a create), `{ ok }` (200, an action on
 * an existing resource) or `{ accepted }` (202, work queued) — the status code is set with it.
 */
export const GetRoute = (path: string | undefined, answer: Answer, d: RouteDoc): MethodDecorator =>
  route(Get(path), ApiOkResponse(doc(answer)), d);

export const PutRoute = (path: string | undefined, answer: Answer, d: RouteDoc): MethodDecorator =>
  route(Put(path), ApiOkResponse(doc(answer)), d);

export const PatchRoute = (path: string | undefined, answer: Answer, d: RouteDoc): MethodDecorator =>
  route(Patch(path), ApiOkResponse(doc(answer)), d);

export const DeleteRoute = (path: string | undefined, answer: Answer, d: RouteDoc): MethodDecorator =>
  route(Delete(path), ApiOkResponse(doc(answer)), d);

export const PostRoute = (
  path: string | undefined,
  answer: { created: Answer } | { ok: Answer } | { accepted: Answer },
  d: RouteDoc,
): MethodDecorator =>
  'created' in answer
    ? route(Post(path), ApiCreatedResponse(doc(answer.created)), d)
    : 'ok' in answer
      ? route(Post(path), ApiOkResponse(doc(answer.ok)), d, HttpCode(200))
      : route(Post(path), ApiAcceptedResponse(doc(answer.accepted)), d, HttpCode(202));
