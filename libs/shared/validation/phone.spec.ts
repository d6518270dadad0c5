import { isPhone } from './phone.js';

describe('isPhone', () => {
  it.each(['0558-1234567', '13800000000', '+86 138 0000 0000', '(0561) 3000001', '12345'])('accepts %s', (s) =>
    expect(isPhone(s)).toBe(true),
  );
  it.each(['abc', '---', '1234', '', '0558-123456a', '电话 13800000000'])('refuses %s', (s) =>
    expect(isPhone(s)).toBe(false),
  );
});
