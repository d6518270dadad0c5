/** 等保 2.0: at least 8 characters from 3 of the 4 classes; long passphrases welcome up to 128. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** The problems with a password, in Chinese; empty when it meets the policy. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push(`密码至少 ${PASSWORD_MIN} 个字符`);
  if (length > PASSWORD_MAX) problems.push(`密码最多 ${PASSWORD_MAX} 个字符`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
  return problems;
}
