import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import {
  COLLATERALS,
  COLLATERAL_NAMES,
  LOAN_ENTRY_KINDS,
  RATE_TYPES,
  SCORE_INPUTS,
  type Collateral,
  type LoanEntryKind,
  type RateType,
  type ScoreInput,
} from '../../../../libs/loans/src/index.js';
import { NestedObjectArray } from '../../../../libs/shared/http/index.js';
import {
  CalendarDateField,
  FenField,
  field,
  type FieldDoc,
  IntQueryField,
  MAX_INT4,
  OneOfField,
  TextField,
  UuidField,
  IdParam,
} from '../dto-fields.js';

/** A whole number of a JSON body in [min, max]. */
const IntField = (doc: FieldDoc, min: number, max: number): PropertyDecorator =>
  field(doc, (name) => {
    const message = `${name} 必须是 ${min} 到 ${max} 的整数`;
    return [IsInt({ message }), Min(min, { message }), Max(max, { message })];
  });

export class LoanIdParamDto extends IdParam('贷款备案 ID') {}

export class LoanAuthorisationIdParamDto extends IdParam('授权 ID') {}

export class ScoredEnterpriseParamDto {
  @UuidField({ description: '企业（机构）ID' })
  id: string;
}

export class EnterpriseContractsQueryDto {
  @UuidField({ description: '授权本机构的企业' })
  enterpriseOrgId: string;
}

export class GrantLoanAuthorisationDto {
  @UuidField({ description: '金融机构（机构 ID，须已通过审核）' })
  bankOrgId: string;
}

export class FileLoanDto {
  @UuidField({ description: '借款企业（须已授权本机构）' })
  enterpriseOrgId: string;

  @FenField({ example: '500000000', description: '贷款金额（分）' })
  amountFen: string;

  @IntField({ example: 36, description: '期限（月，1–360）' }, 1, 360)
  termMonths: number;

  @OneOfField(
    { enum: RATE_TYPES, example: 'fixed', description: '利率类型' },
    RATE_TYPES,
    '利率类型须为固定利率或浮动利率',
  )
  rateType: RateType;

  @OneOfField(
    { enum: COLLATERALS, example: 'patent_pledge', description: '担保方式' },
    COLLATERALS,
    `担保方式须为${Object.values(COLLATERAL_NAMES).join('、')}之一`,
  )
  collateral: Collateral;

  @ApiProperty({ type: [String], format: 'uuid', description: '关联的科技成果（须已发布，最多 20 项）' })
  @IsArray()
  @ArrayMaxSize(20, { message: '关联的科技成果最多 20 项' })
  @IsUUID('all', { each: true, message: 'achievementIds 必须是科技成果 ID' })
  achievementIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: '关联的技术合同（借款企业须为当事人，最多 20 项）' })
  @IsArray()
  @ArrayMaxSize(20, { message: '关联的技术合同最多 20 项' })
  @IsUUID('all', { each: true, message: 'contractIds 必须是技术合同 ID' })
  contractIds: string[];

  @TextField(
    { example: '支持企业受让“生物质硬碳负极材料”专利并建设中试线', description: '贷款用途', chars: 'text' },
    2,
    1000,
  )
  purpose: string;
}

export class LoanEntryDto {
  @OneOfField(
    { enum: LOAN_ENTRY_KINDS, example: 'repayment', description: '还款、违约或结清' },
    LOAN_ENTRY_KINDS,
    '登记类型须为还款、违约或结清',
  )
  kind: LoanEntryKind;

  @FenField({ example: '10000000', optional: true, description: '还款金额（分；仅还款需要）' })
  amountFen?: string;

  @CalendarDateField({ example: '2026-12-01', optional: true, description: '发生日期（默认今天）' })
  occurredOn?: string;

  @TextField({ example: '按期归还本金', optional: true, description: '说明', chars: 'text' }, 500)
  note?: string;
}

export class ScoreQueryDto {
  @IntQueryField(
    { optional: true, description: '公式版本（默认当前版本）', example: 1 },
    1,
    MAX_INT4,
    'version 必须是正整数',
  )
  version?: number;
}

export class FormulaWeightDto {
  @OneOfField({ enum: SCORE_INPUTS, example: 'buyer_contracts' }, SCORE_INPUTS, '积分项不合法')
  input: ScoreInput;

  @IntField({ example: 5, description: '每步得分（0–100）' }, 0, 100)
  points: number;

  @IntField({ example: 1, optional: true, description: '每步的数量（成交额以万元计；默认 1）' }, 1, 100000)
  per?: number;

  @IntField({ example: 40, description: '该项最高分（0–1000）' }, 0, 1000)
  cap: number;
}

export class PublishFormulaDto {
  @ApiProperty({ type: [FormulaWeightDto], description: '每个积分项的权重（须列全）' })
  @NestedObjectArray(() => FormulaWeightDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(SCORE_INPUTS.length)
  weights: FormulaWeightDto[];

  @TextField({ example: '提高研发合作权重', description: '版本说明', chars: 'text' }, 2, 500)
  note: string;
}
