import { Field, PageOf } from '../openapi/response-field.js';

/** A version of a reported figure. */
export class ReportedFigureViewDto {
  @Field('string') id!: string;
  @Field('string') regionCode!: string;
  @Field('string') indicatorCode!: string;
  @Field('string') indicatorName!: string;
  @Field('integer') year!: number;
  @Field('integer') version!: number;
  @Field('string', { description: '数值（元两位小数、整数计数或百分比）' }) value!: string;
  @Field(['yuan', 'count', 'percent']) unit!: 'yuan' | 'count' | 'percent';
  @Field('string') sourceDocument!: string;
  @Field('string') sourceDepartment!: string;
  @Field('string', { nullable: true }) reason!: string | null;
  @Field('string', { nullable: true }) attachmentName!: string | null;
  @Field(['pending', 'approved', 'superseded']) status!: 'pending' | 'approved' | 'superseded';
  @Field('string') enteredBy!: string;
  @Field('string') enteredAt!: string;
  @Field('string', { nullable: true }) approvedBy!: string | null;
  @Field('string', { nullable: true }) approvedAt!: string | null;
  @Field('boolean', { description: '本人填报（不能由本人审核）' }) mine!: boolean;
}

export const ReportedFigurePageDto = PageOf(ReportedFigureViewDto);
