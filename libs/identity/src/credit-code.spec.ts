import { creditCodeCheckChar, isValidCreditCode, isValidInternalCode, normalizeCreditCode } from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Published codes of real organisations (from their business licences).
  it.each([
    ['914403001922038216', '华为技术有限公司'],
    ['9144030071526726XG', '深圳市腾讯计算机系统有限公司'],
    ['91110108551385082Q', '小米科技有限责任公司'],
    ['12100000400000624D', '清华大学'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character of a code', () => {
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
  });

  it('rejects a wrong check character, wrong length and forbidden letters', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91440300192203821')).toBe(false);
    expect(isValidCreditCode('9144030019220382160')).toBe(false);
    // I, O, S, V and Z are not in the alphabet.
    expect(isValidCreditCode('91440300192203821I')).toBe(false);
    expect(isValidCreditCode('9144030071526726XO')).toBe(false);
    expect(isValidCreditCode('914403001922038216'.toLowerCase().replace('9', 'z'))).toBe(false);
  });

  it('detects every single-character change', () => {
    const good = '9144030071526726XG';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 18; i++) {
      for (const c of alphabet) {
        if (c === good[i]) continue;
        const bad = good.slice(0, i) + c + good.slice(i + 1);
        expect([bad, isValidCreditCode(bad)]).toEqual([bad, false]);
      }
    }
  });

  it('normalises spaces and case; internal codes are looser', () => {
    expect(normalizeCreditCode(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG');
    expect(isValidInternalCode('BUREAU-340600')).toBe(true);
    expect(isValidInternalCode('x')).toBe(false);
  });
});
