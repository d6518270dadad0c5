import { LauncherConfig } from './launcher.config.js';

describe('LauncherConfig', () => {
  it('defaults: restarts after 1 s doubling up to 30 s, given up after 5 failures within a minute of starting, 10 s to stop', () => {
    const cfg = LauncherConfig.fromEnv({});
    expect(cfg.restart).toEqual({ baseMs: 1000, maxMs: 30_000, resetAfterMs: 60_000, maxFailures: 5 });
    expect(cfg.stopTimeoutMs).toBe(10_000);
    expect(cfg.stateFile).toBeUndefined();
  });

  it('takes values (a cap below the base is raised to it) and refuses bad ones in one line naming the variable', () => {
    const cfg = LauncherConfig.fromEnv({
      LAUNCHER_RESTART_BACKOFF_BASE_MS: '2000',
      LAUNCHER_RESTART_BACKOFF_MAX_MS: '500',
      LAUNCHER_STATE_FILE: '/tmp/x/supervisor.json',
    });
    expect(cfg.restart).toMatchObject({ baseMs: 2000, maxMs: 2000 });
    expect(cfg.stateFile).toBe('/tmp/x/supervisor.json');
    expect(() => LauncherConfig.fromEnv({ LAUNCHER_RESTART_BACKOFF_BASE_MS: '10' })).toThrow(
      /^Invalid configuration: LAUNCHER_RESTART_BACKOFF_BASE_MS must be an integer between 100 and 60000 \(got "10"\)$/,
    );
    expect(() => LauncherConfig.fromEnv({ LAUNCHER_RESTART_MAX_FAILURES: '0' })).toThrow(
      /^Invalid configuration: LAUNCHER_RESTART_MAX_FAILURES must be/,
    );
    expect(() => LauncherConfig.fromEnv({ LAUNCHER_STOP_TIMEOUT_MS: 'soon' })).toThrow(
      /^Invalid configuration: LAUNCHER_STOP_TIMEOUT_MS must be/,
    );
    expect(() => LauncherConfig.fromEnv({ LAUNCHER_STATE_FILE: 'run/supervisor.json' })).toThrow(
      /^Invalid configuration: LAUNCHER_STATE_FILE must be an absolute path/,
    );
  });
});
