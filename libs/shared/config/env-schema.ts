import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, Max, Min, validateSync, type ValidationError } from 'class-validator';

export type Env = Record<string, string | undefined>;

/** Thrown when an environment variable is invalid; its message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

function firstMessage(error: ValidationError): string {
  const constraints = error.constraints ?? {};
  const msg = Object.values(constraints)[0] ?? 'is invalid';
  // class-validator starts messages with the property name; we print the variable once.
  return msg.startsWith(`${error.property} `) ? msg.slice(error.property.length + 1) : msg;
}

/**
 * Validates the variables a namespace class declares (its property names are the variable
 * names) and returns the typed instance. Empty strings count as unset so that `PORT=` falls
 * back to the default instead of failing as "not a number".
 */
export function validateEnv<T extends object>(cls: new () => T, env: Env): T {
  const defaults = new cls() as Record<string, unknown>;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const value = env[key];
    raw[key] = value === undefined || value === '' ? defaults[key] : value;
  }
  const instance = plainToInstance(cls, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    const got = raw[e.property];
    throw new ConfigError(e.property, `${firstMessage(e)} (got ${JSON.stringify(got)})`);
  }
  return instance;
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/**
 * An integer variable between min and max (inclusive), the property name being the variable's:
 * digits in the env become a number, and a refusal says `NAME must be an integer between min and
 * max` (`unit: 'seconds'`: "an integer number of seconds between …").
 */
export function IntSetting(min: number, max: number, unit?: 'seconds'): PropertyDecorator {
  return (target, key) => {
    const message = `${String(key)} must be an integer ${unit === 'seconds' ? 'number of seconds ' : ''}between ${min} and ${max}`;
    Transform(toInt)(target, key);
    IsInt({ message })(target, key);
    Min(min, { message })(target, key);
    Max(max, { message })(target, key);
  };
}
