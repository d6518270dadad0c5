import { passwordProblems } from './password-policy.js';

describe('password policy', () => {
  it('accepts 8+ characters from three classes, and passphrases up to 128', () => {
    expect(passwordProblems('Demo@2026')).toEqual([]);
    expect(passwordProblems('abcdef12!')).toEqual([]);
    expect(passwordProblems('Abcdefg1')).toEqual([]);
    expect(passwordProblems('Aa1' + 'x'.repeat(125))).toEqual([]);
  });

  it('rejects short passwords, two classes, and more than 128 characters', () => {
    expect(passwordProblems('Ab1!')).toEqual([expect.stringContaining('至少 8')]);
    expect(passwordProblems('abcdefgh12')).toEqual([expect.stringContaining('三类')]);
    expect(passwordProblems('ABCDEFGH!!')).toEqual([expect.stringContaining('三类')]);
    expect(passwordProblems('Aa1' + 'x'.repeat(126))).toEqual([expect.stringContaining('最多 128')]);
  });

  it('counts Chinese characters as the special class', () => {
    expect(passwordProblems('密码abc12345')).toEqual([]);
  });
});
