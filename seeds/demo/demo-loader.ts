import type { DataSource } from 'typeorm';

/** One part of the demo market, loaded in order; each domain lib adds its loader to load-demo.ts. */
export interface DemoLoader {
  name: string;
  load(ds: DataSource): Promise<number>;
}
