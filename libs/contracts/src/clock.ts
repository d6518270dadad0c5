import { Injectable } from '@nestjs/common';
import { chinaToday } from '../../reference/src/index.js';

/** The time, injectable so that deadline and publication tests can move it. */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  /** Only the demo loader calls this, to register contracts on past dates; null resumes real time. */
  freezeAt(at: Date | null): void {
    this.fixed = at;
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's date in China (YYYY-MM-DD), as registries count days. */
  today(): string {
    return chinaToday(this.now());
  }
}
