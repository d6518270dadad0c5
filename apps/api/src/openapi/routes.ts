import { Delete, Get, HttpCode, Patch, Post, Put, applyDecorators, type Type } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';

/** A response DTO, or `[Dto]` for a JSON array of them. */
export type Answer = Type<unknown> | [Type<unknown>];

const doc = (a: Answer) => (Array.isArray(a) ? { type: a[0], isArray: true } : { type: a });

/**
 * Route decorators that also say what the route answers, so that the OpenAPI document (and the
 * web app's types generated from it) has every response's schema without a second decorator:
 * `@GetRoute(':id', ContractViewDto)`. A POST says how it answers: `{ created }` (201, the
 * default for a create), `{ ok }` (200, an action on an existing resource) or `{ accepted }`
 * (202, work queued) — the status code is set with it.
 */
export const GetRoute = (path: string | undefined, answer: Answer): MethodDecorator =>
  applyDecorators(Get(path), ApiOkResponse(doc(answer)));

export const PutRoute = (path: string | undefined, answer: Answer): MethodDecorator =>
  applyDecorators(Put(path), ApiOkResponse(doc(answer)));

export const PatchRoute = (path: string | undefined, answer: Answer): MethodDecorator =>
  applyDecorators(Patch(path), ApiOkResponse(doc(answer)));

export const DeleteRoute = (path: string | undefined, answer: Answer): MethodDecorator =>
  applyDecorators(Delete(path), ApiOkResponse(doc(answer)));

export const PostRoute = (
  path: string | undefined,
  answer: { created: Answer } | { ok: Answer } | { accepted: Answer },
): MethodDecorator =>
  'created' in answer
    ? applyDecorators(Post(path), ApiCreatedResponse(doc(answer.created)))
    : 'ok' in answer
      ? applyDecorators(Post(path), HttpCode(200), ApiOkResponse(doc(answer.ok)))
      : applyDecorators(Post(path), HttpCode(202), ApiAcceptedResponse(doc(answer.accepted)));
