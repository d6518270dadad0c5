import { StatisticsConfig } from './statistics.config.js';

describe('StatisticsConfig', () => {
  it('two concurrent full exports by default; takes a value; refuses a bad one in one line naming the variable', () => {
    expect(StatisticsConfig.fromEnv({})).toEqual({ exportMaxConcurrent: 2 });
    expect(StatisticsConfig.fromEnv({ STATS_EXPORT_MAX_CONCURRENT: '4' })).toEqual({ exportMaxConcurrent: 4 });
    expect(() => StatisticsConfig.fromEnv({ STATS_EXPORT_MAX_CONCURRENT: '0' })).toThrow(
      /^Invalid configuration: STATS_EXPORT_MAX_CONCURRENT must be an integer between 1 and 32 \(got "0"\)$/,
    );
  });
});
