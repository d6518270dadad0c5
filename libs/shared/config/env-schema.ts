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

/** What a value must look like: a test and the refusal's words after the variable's name. */
export interface Rule {
  test(value: string): boolean;
  message: string;
}

/**
 * One environment variable: its name, its default, and how its text becomes a value. Empty
 * counts as unset, so that `PORT=` falls back to the default instead of failing as "not a
 * number". A refusal is one line naming the variable and what it got.
 */
export class Setting<T> {
  constructor(
    readonly variable: string,
    private readonly parse: (raw: string | undefined) => T,
  ) {}

  read(env: Env): T {
    const raw = env[this.variable];
    return this.parse(raw === '' ? undefined : raw);
  }

  /** The same variable, its value converted (KB → bytes). */
  map<U>(convert: (value: T) => U): Setting<U> {
    return new Setting(this.variable, (raw) => convert(this.parse(raw)));
  }
}

function refuse(variable: string, message: string, got: string | undefined): never {
  throw new ConfigError(variable, `${message} (got ${JSON.stringify(got)})`);
}

function checked<T>(variable: string, fallback: T, rule: Rule, convert: (raw: string) => T): Setting<T> {
  return new Setting(variable, (raw) => {
    if (raw === undefined) return fallback;
    return rule.test(raw) ? convert(raw) : refuse(variable, rule.message, raw);
  });
}

/**
 * An integer between min and max (inclusive): `NAME must be an integer between min and max`
 * (`unit: 'seconds'`: "an integer number of seconds between …"). Digits only: no sign, no fraction.
 */
export function int(variable: string, fallback: number, min: number, max: number, unit?: 'seconds'): Setting<number> {
  const message = `must be an integer ${unit === 'seconds' ? 'number of seconds ' : ''}between ${min} and ${max}`;
  const test = (raw: string) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max;
  return checked(variable, fallback, { test, message }, Number);
}

/** Megabytes in the variable, bytes in the config. */
export const megabytes = (variable: string, fallback: number, min: number, max: number): Setting<number> =>
  int(variable, fallback, min, max).map((mb) => mb * 1024 * 1024);

/** Any text, or text that passes `rule`. */
export function text(variable: string, fallback: string, rule?: Rule): Setting<string> {
  return checked(variable, fallback, rule ?? { test: () => true, message: '' }, (raw) => raw);
}

/** Text that passes `rule` when set; undefined when unset. */
export function optionalText(variable: string, rule?: Rule): Setting<string | undefined> {
  return text(variable, '', rule).map((v) => (v === '' ? undefined : v));
}

/** Text that must be set and pass `rule`. */
export function requiredText(variable: string, rule: Rule): Setting<string> {
  return new Setting(variable, (raw) =>
    raw !== undefined && rule.test(raw) ? raw : refuse(variable, rule.message, raw),
  );
}

/** One of a fixed list of words. */
export function oneOf<const V extends readonly string[]>(variable: string, values: V, fallback: V[number]) {
  const rule = { test: (raw: string) => values.includes(raw), message: `must be one of ${values.join(', ')}` };
  return checked<V[number]>(variable, fallback, rule, (raw) => raw);
}

/** true/false (or 1/0). */
export function flag(variable: string, fallback: boolean): Setting<boolean> {
  const rule = { test: (raw: string) => ['true', '1', 'false', '0'].includes(raw), message: 'must be true or false' };
  return checked(variable, fallback, rule, (raw) => raw === 'true' || raw === '1');
}

/** Text matching a pattern, the refusal saying what it should look like. */
export const pattern = (re: RegExp, message: string): Rule => ({ test: (raw) => re.test(raw), message });

/** Settings by the config field each fills; a nested object is a nested field (`limits: { … }`). */
export interface Schema {
  readonly [field: string]: Setting<unknown> | Schema;
}

export type Values<S extends Schema> = {
  readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : S[K] extends Schema ? Values<S[K]> : never;
};

/** Reads every setting of `schema` in declaration order; the first bad variable throws. */
export function readEnv<S extends Schema>(env: Env, schema: S): Values<S> {
  const values: Record<string, unknown> = {};
  for (const [field, s] of Object.entries(schema)) values[field] = s instanceof Setting ? s.read(env) : readEnv(env, s);
  return values as Values<S>;
}

/**
 * The base of a config namespace, declared once as a schema: each field with its variable,
 * default and limits. `Config.fromEnv(env)` validates and builds it; `derive` turns what was
 * read into the fields when they are not one variable each (a cap raised to its base, a
 * default built from other variables).
 */
export function envConfig<S extends Schema, V extends object = Values<S>>(
  schema: S,
  derive: (values: Values<S>, env: Env) => V = (values) => values as unknown as V,
) {
  class Config {
    constructor(values: V) {
      Object.assign(this, values);
    }

    static fromEnv<T>(this: new (values: V) => T, env: Env): T {
      return new this(derive(readEnv(env, schema), env));
    }
  }
  return Config as unknown as {
    new (values: V): Readonly<V>;
    fromEnv<T>(this: new (values: V) => T, env: Env): T;
  };
}
