import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips and refuses another key or a tampered box', () => {
    const box = new SecretBox('a'.repeat(32), 'totp');
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => new SecretBox('b'.repeat(32), 'totp').open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });
});
