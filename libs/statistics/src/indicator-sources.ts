import { Injectable } from '@nestjs/common';
import type { RecordMeasure } from './indicator-catalogue.js';

/**
 * Port: a lib that keeps records a plan counts (contracts: achievements behind certified
 * contracts; listings: 揭榜挂帅 projects) registers a part of a measure from its module's
 * onModuleInit, as with MatchmakingSources, so statistics never reads their tables. A measure
 * is the sum of its parts, each counting its records once, in the month it first counts.
 */
export interface IndicatorRecordSource {
  measure: RecordMeasure;
  /** What this part counts, for the figure's source line. */
  label: string;
  /** 'YYYY-MM' → count, for records in `regionCode`'s subtree, months [fromMonth, toMonth] ('YYYY-MM'). */
  monthly(regionCode: string, fromMonth: string, toMonth: string): Promise<Map<string, number>>;
  /** For registries: records in force on `date` (YYYY-MM-DD) in the subtree, for level targets. */
  inForce?(regionCode: string, date: string): Promise<number>;
}

@Injectable()
export class IndicatorSources {
  private readonly sources: IndicatorRecordSource[] = [];

  register(source: IndicatorRecordSource): void {
    this.sources.push(source);
  }

  partsOf(measure: RecordMeasure): readonly IndicatorRecordSource[] {
    return this.sources.filter((s) => s.measure === measure);
  }
}
