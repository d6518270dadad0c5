import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContractType } from './contract-type.entity.js';
import { PolicyTarget } from './policy-target.entity.js';
import { Region } from './region.entity.js';
import { RejectionReason } from './rejection-reason.entity.js';
import { TechField } from './tech-field.entity.js';

/**
 * The reference tables. The code tables and regions are read whole at start (the services
 * answer from memory); policy targets are paged.
 */
@Injectable()
export class ReferenceRepository {
  regions(db: EntityManager): Promise<Region[]> {
    return db.getRepository(Region).find();
  }

  techFields(db: EntityManager): Promise<TechField[]> {
    return db.getRepository(TechField).find();
  }

  contractTypes(db: EntityManager): Promise<ContractType[]> {
    return db.getRepository(ContractType).find();
  }

  rejectionReasons(db: EntityManager): Promise<RejectionReason[]> {
    return db.getRepository(RejectionReason).find();
  }

  /** Targets by region, year and indicator; with `regionCodes`, of those regions only. */
  targets(
    db: EntityManager,
    regionCodes: string[] | undefined,
    skip: number,
    take: number,
  ): Promise<[PolicyTarget[], number]> {
    const qb = db
      .getRepository(PolicyTarget)
      .createQueryBuilder('t')
      .orderBy('t.region_code')
      .addOrderBy('t.target_year')
      .addOrderBy('t.indicator_code')
      .addOrderBy('t.id');
    if (regionCodes) qb.where('t.region_code = ANY(:codes)', { codes: regionCodes });
    return qb.skip(skip).take(take).getManyAndCount();
  }
}
