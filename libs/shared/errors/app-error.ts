/**
 * Base of every domain error. Domain code throws subclasses (or this class) with a code from
 * its lib's error table; the API's exception filter maps the code to an HTTP status. A lib's
 * base error is `class XError extends AppError<XErrorCode> {}`: the type parameter keeps it to
 * that lib's codes. Domain code never throws HttpException.
 */
export class AppError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A lib's map from each of its codes to an HTTP status; `Record` makes it exhaustive. */
export type ErrorStatusMap<C extends string> = Record<C, number>;

/**
 * The codes of a table of code → HTTP status by name (`XErrorCode.Y === 'Y'`), so that a code is
 * declared once. A lib declares its table with `errorTable`, which also registers the statuses.
 */
export function errorCodes<T extends ErrorStatusMap<string>>(statuses: T): { readonly [K in keyof T]: K } {
  return Object.freeze(Object.fromEntries(Object.keys(statuses).map((code) => [code, code]))) as {
    readonly [K in keyof T]: K;
  };
}

/**
 * Base of an error whose message never varies, so that it is declared on one line:
 * `export class ChallengeNotOpenError extends fixedError(ListingsErrorCode.CHALLENGE_NOT_OPEN, '…') {}`.
 */
export function fixedError<C extends string>(code: C, message: string) {
  return class extends AppError<C> {
    constructor() {
      super(code, message);
    }
  };
}

/** Base of a "no such record" error: the id it was asked for travels in details as `{ id }`. */
export function notFoundError<C extends string>(code: C, message: string) {
  return class extends AppError<C> {
    constructor(id: string) {
      super(code, message, { id });
    }
  };
}
