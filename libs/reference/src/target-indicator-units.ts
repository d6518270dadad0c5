import { Injectable } from '@nestjs/common';
import type { PolicyTarget } from './policy-target.entity.js';

/**
 * Port: the unit an indicator is measured in, when the market knows the indicator. The
 * statistics lib (which keeps the table of indicator sources and depends on this lib)
 * provides the lookup at start, so a target is never added in a unit its figures are not.
 */
@Injectable()
export class TargetIndicatorUnits {
  private lookup: (code: string) => PolicyTarget['unit'] | undefined = () => undefined;

  provide(lookup: (code: string) => PolicyTarget['unit'] | undefined): void {
    this.lookup = lookup;
  }

  unitOf(code: string): PolicyTarget['unit'] | undefined {
    return this.lookup(code);
  }
}
