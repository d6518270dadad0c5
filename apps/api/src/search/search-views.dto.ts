import { Field } from '../openapi/response-field.js';

/** One group of the synonym table, as stored. */
export class SynonymGroupViewDto {
  @Field('integer') id!: number;
  @Field('string', { array: true }) terms!: string[];
  @Field('string', { nullable: true }) note!: string | null;
}
