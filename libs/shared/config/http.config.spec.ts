import { HttpConfig } from './http.config.js';

describe('HttpConfig', () => {
  it('100 KB bodies and depth 32 by default; takes values; refuses bad ones in one line naming the variable', () => {
    expect(HttpConfig.fromEnv({})).toEqual({ bodyMaxBytes: 102_400, jsonMaxDepth: 32 });
    expect(HttpConfig.fromEnv({ HTTP_BODY_MAX_KB: '512', HTTP_JSON_MAX_DEPTH: '8' })).toEqual({
      bodyMaxBytes: 524_288,
      jsonMaxDepth: 8,
    });
    expect(() => HttpConfig.fromEnv({ HTTP_JSON_MAX_DEPTH: '1' })).toThrow(
      /^Invalid configuration: HTTP_JSON_MAX_DEPTH must be an integer between 2 and 256 \(got "1"\)$/,
    );
    expect(() => HttpConfig.fromEnv({ HTTP_BODY_MAX_KB: '1mb' })).toThrow(
      /^Invalid configuration: HTTP_BODY_MAX_KB must be an integer between 1 and 10240/,
    );
  });
});
