/**
 * Base of every domain error. Domain code throws subclasses (or this class) with a code from
 * its lib's error-code enum; the API's exception filter maps the code to an HTTP status.
 * Domain code never throws HttpException.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A lib's map from each of its codes to an HTTP status; `Record` makes it exhaustive. */
export type ErrorStatusMap<C extends string> = Record<C, number>;
