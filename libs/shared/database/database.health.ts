import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ComponentHealth {
  status: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

@Injectable()
export class DatabaseHealth {
  constructor(private readonly ds: DataSource) {}

  async check(timeoutMs = 2000): Promise<ComponentHealth> {
    const started = performance.now();
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
      ]);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      return { status: 'down', error: err instanceof Error ? err.message : String(err) };
    }
  }
}
