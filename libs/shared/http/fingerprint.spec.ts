import { canonicalJson, requestFingerprint } from './fingerprint.js';

describe('request fingerprint', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: undefined } })).toBe('{"a":{"d":[1,2]},"b":1}');
    expect(requestFingerprint({ a: 1, b: '2' })).toBe(requestFingerprint({ b: '2', a: 1 }));
  });

  it('differs when a value differs', () => {
    expect(requestFingerprint({ a: 1 })).not.toBe(requestFingerprint({ a: 2 }));
    expect(requestFingerprint({ a: '1' })).not.toBe(requestFingerprint({ a: 1 }));
  });
});
