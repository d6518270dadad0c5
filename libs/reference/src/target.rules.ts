import type { FieldError } from '../../shared/errors/index.js';
import type { PolicyTarget } from './policy-target.entity.js';

export interface TargetTerms {
  targetYear: number;
  fromYear?: number;
  accumulation: PolicyTarget['accumulation'];
  value: string;
  unit: PolicyTarget['unit'];
  comparison: PolicyTarget['comparison'];
  baseYear?: number | null;
}

const UNIT_NAMES: Record<PolicyTarget['unit'], string> = { yuan: '元', count: '个数', percent: '百分比' };

/**
 * What is wrong with a target's terms, by field: years inside the plan's, an annual target
 * of one year, a base year before the period ("翻番"), a value that fits its unit, and the unit
 * the indicator is measured in (`indicatorUnit`, when the indicator is known).
 */
export function targetTermProblems(
  t: TargetTerms,
  plan: { fromYear: number; toYear: number } | null,
  indicatorUnit: PolicyTarget['unit'] | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  const fromYear = t.fromYear ?? t.targetYear;
  if (plan && (t.targetYear < plan.fromYear || t.targetYear > plan.toYear))
    add('targetYear', `目标年份须在规划期 ${plan.fromYear}—${plan.toYear} 年内`);
  if (fromYear > t.targetYear) add('fromYear', '起算年份不能晚于目标年份');
  else if (plan && fromYear < plan.fromYear) add('fromYear', `起算年份不能早于规划期首年 ${plan.fromYear} 年`);
  if (t.accumulation === 'annual' && fromYear !== t.targetYear) add('fromYear', '年度目标的起算年份即目标年份');
  if (t.baseYear !== undefined && t.baseYear !== null && t.baseYear >= fromYear)
    add('baseYear', '基数年份须早于起算年份');
  if (indicatorUnit !== undefined && indicatorUnit !== t.unit)
    add('unit', `该指标的单位为${UNIT_NAMES[indicatorUnit]}`);
  if (t.unit !== 'percent' && t.value.trim().startsWith('-')) add('value', '目标值不能为负数');
  else if (t.unit === 'count' && /\.\d*[1-9]/.test(t.value)) add('value', '个数须为整数');
  return problems;
}
