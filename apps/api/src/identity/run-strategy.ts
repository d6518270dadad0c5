import type { Request, Response } from 'express';
import passport, { type Strategy } from 'passport';

export interface StrategyOutcome {
  user: unknown;
  info: unknown;
}

/**
 * Runs a passport strategy *instance* for one request. Instances (not names registered on the
 * global passport object) keep two apps in one process — e2e tests — from sharing strategies.
 */
export function runStrategy(strategy: Strategy, req: Request, res: Response): Promise<StrategyOutcome> {
  return new Promise((resolve, reject) => {
    // @types/passport only knows strategy names; passport ≥ 0.6 also takes an instance.
    // passport assigns success/fail onto the object it is given: a fresh object per request
    // (prototype = the configured instance) keeps concurrent requests apart.
    const middleware = passport.authenticate(
      Object.create(strategy) as string,
      { session: false },
      (err: unknown, user: unknown, info: unknown) => {
        if (err) reject(err);
        else resolve({ user, info });
      },
    );
    middleware(req, res, (err?: unknown) => (err ? reject(err) : resolve({ user: false, info: undefined })));
  });
}
