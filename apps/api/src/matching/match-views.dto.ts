import { COOPERATION_MODES, LISTING_KINDS, TRANSFER_MODES } from '../../../../libs/listings/src/index.js';
import type { CooperationMode, ListingKind, TransferMode } from '../../../../libs/listings/src/index.js';
import { Field } from '../openapi/response-field.js';
import { HighlightDto } from '../listings/listing-views.dto.js';

type TrlFit = 'ready' | 'pilot' | 'early' | 'unknown';
type ModeFit = 'match' | 'no_match' | 'unknown';
type BudgetFit = 'within_budget' | 'over_budget' | 'negotiable' | 'unknown';
type RegionRelation = 'same_region' | 'same_city' | 'same_province' | 'other';

/** Response DTOs of matching: each match with the reasons a person can check. */
export class TrlExplanationDto {
  @Field('integer', { nullable: true }) value!: number | null;
  @Field(['ready', 'pilot', 'early', 'unknown']) fit!: TrlFit;
}

export class TransferModeExplanationDto {
  @Field(['match', 'no_match', 'unknown']) fit!: ModeFit;
  @Field('string', { array: true }) common!: string[];
}

export class BudgetExplanationDto {
  @Field(['within_budget', 'over_budget', 'negotiable', 'unknown']) fit!: BudgetFit;
  @Field('integer', { nullable: true }) priceFen!: number | null;
  @Field('integer', { nullable: true }) budgetMaxFen!: number | null;
}

export class RegionExplanationDto {
  @Field(['same_region', 'same_city', 'same_province', 'other']) relation!: RegionRelation;
  @Field('string', { nullable: true }) commonRegionCode!: string | null;
}

export class MatchExplanationDto {
  @Field('string', { array: true }) sharedTerms!: string[];
  @Field('boolean') sameTechField!: boolean;
  @Field(() => TrlExplanationDto) trl!: TrlExplanationDto;
  @Field(() => TransferModeExplanationDto) transferMode!: TransferModeExplanationDto;
  @Field(() => BudgetExplanationDto) budget!: BudgetExplanationDto;
  @Field(() => RegionExplanationDto) region!: RegionExplanationDto;
}

export class MatchResultDto {
  @Field(LISTING_KINDS) kind!: ListingKind;
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field('number') score!: number;
  @Field('string') techFieldCode!: string;
  @Field('string') regionCode!: string;
  @Field('string', { optional: true, description: '匿名需求无此项' }) orgName?: string;
  @Field('integer', { optional: true }) trl?: number;
  @Field(TRANSFER_MODES, { array: true, optional: true }) transferModes?: TransferMode[];
  @Field(COOPERATION_MODES, { array: true, optional: true }) cooperationModes?: CooperationMode[];
  @Field('integer', { nullable: true }) priceFen!: number | null;
  @Field(() => HighlightDto) highlight!: HighlightDto;
  @Field(() => MatchExplanationDto) explanation!: MatchExplanationDto;
}
