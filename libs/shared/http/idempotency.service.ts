import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthConfig } from '../config/index.js';
import { SecretBox } from '../crypto/index.js';
import { requestFingerprint } from './fingerprint.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { IdempotencyError, IdempotencyErrorCode } from './idempotency.errors.js';

/** Responses are kept this long; a retry within the window gets the stored answer. */
export const IDEMPOTENCY_TTL_SECONDS = 48 * 3600;

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

export interface IdempotentRequest {
  /** Who and what: keys are unique per scope (e.g. `contract.submit:<userId>`). */
  scope: string;
  /** The client's Idempotency-Key header (undefined when missing). */
  key: string | undefined;
  /** Anything identifying the request: target id and body. Hashed. */
  request: unknown;
}

export interface IdempotentResult<T> {
  replayed: boolean;
  body: T;
}

/**
 * The generic idempotency-key store. The key is claimed with INSERT … ON CONFLICT inside the
 * same transaction as the work it guards: a second request with the same key waits on the
 * first's uncommitted row, then reads its stored response; if the first fails, its claim rolls
 * back with it and the retry runs the work. Same key with a different request → 422.
 */
@Injectable()
export class IdempotencyService {
  /** Stored answers are sealed: some carry a secret shown once (an API key, an invitation token) or personal data. */
  private readonly box: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly keys: IdempotencyRepository,
    auth: AuthConfig,
  ) {
    this.box = new SecretBox(auth.jwtSecret, 'idempotency-response');
  }

  /**
   * A create a client may retry. With a key it runs exactly once per key (as `run`: a retry or
   * a concurrent duplicate gets the first answer); without one it is one plain transaction.
   */
  async once<T>(req: IdempotentRequest, work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (req.key === undefined) return this.ds.transaction(work);
    return (await this.run(req, work)).body;
  }

  assertKey(key: string | undefined): string {
    if (key === undefined || key === '') {
      throw new IdempotencyError(IdempotencyErrorCode.IDEMPOTENCY_KEY_REQUIRED, '此操作需要 Idempotency-Key 请求头');
    }
    if (!KEY_PATTERN.test(key)) {
      throw new IdempotencyError(
        IdempotencyErrorCode.IDEMPOTENCY_KEY_INVALID,
        'Idempotency-Key 须为 8–128 个字母、数字或 . _ : - 字符',
      );
    }
    return key;
  }

  async run<T>(req: IdempotentRequest, work: (em: EntityManager) => Promise<T>): Promise<IdempotentResult<T>> {
    const key = this.assertKey(req.key);
    const fingerprint = requestFingerprint(req.request);
    return this.ds.transaction(async (em) => {
      if (!(await this.keys.claim(em, req.scope, key, fingerprint, IDEMPOTENCY_TTL_SECONDS))) {
        const row = await this.keys.find(em, req.scope, key);
        if (!row || row.fingerprint !== fingerprint) {
          throw new IdempotencyError(
            IdempotencyErrorCode.IDEMPOTENCY_KEY_REUSED,
            '该 Idempotency-Key 已用于另一个请求',
            { key },
          );
        }
        return { replayed: true, body: this.unseal<T>(row.response_body, key) };
      }
      // Stored and returned as the same JSON, so a replay is byte-for-byte the first answer.
      const json = JSON.stringify(await work(em));
      await this.keys.saveAnswer(em, req.scope, key, { sealed: this.box.seal(json) });
      return { replayed: false, body: JSON.parse(json) as T };
    });
  }

  private unseal<T>(stored: { sealed?: string } | null, key: string): T {
    try {
      return JSON.parse(this.box.open(stored?.sealed ?? '')) as T;
    } catch {
      // Sealed under another JWT_SECRET (rotated since): the first answer cannot be given again.
      throw new IdempotencyError(
        IdempotencyErrorCode.IDEMPOTENCY_KEY_REUSED,
        '该 Idempotency-Key 的首次结果已无法取回，请使用新的键',
        { key },
      );
    }
  }

  /**
   * Deletes keys older than `retentionDays` (the worker runs it on a timer); answers how many.
   * A key still in its replay window is never deleted, whatever the retention. Batches of
   * `batchSize` rows, each its own statement; rows a request is reclaiming right now, or another
   * worker is deleting, are skipped.
   */
  async purgeOlderThan(retentionDays: number, batchSize = 5000): Promise<number> {
    // expires_at is created_at + the TTL, so "created before the retention" is an expires_at
    // bound too, and the expires_at index finds the rows.
    const graceSeconds = Math.max(0, retentionDays * 86_400 - IDEMPOTENCY_TTL_SECONDS);
    let total = 0;
    for (;;) {
      const affected = await this.keys.deleteOld(this.ds.manager, graceSeconds, retentionDays, batchSize);
      total += affected;
      if (affected < batchSize) return total;
    }
  }
}
