import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('encodes Chinese file names (RFC 5987) beside an ASCII fallback', () => {
    const h = contentDisposition('淮北市2025年技术合同统计.xlsx', 'stats-340600-2025.xlsx');
    expect(h).toBe(
      `attachment; filename="stats-340600-2025.xlsx"; filename*=UTF-8''${encodeURIComponent('淮北市2025年技术合同统计.xlsx')}`,
    );
  });

  it('keeps quotes, backslashes and line breaks out of the header', () => {
    const h = contentDisposition('a"b\\c\r\nX-Evil: 1.pdf', 'a"b\\c.pdf');
    expect(h).not.toMatch(/[\r\n]/);
    expect(h).toContain(`filename="a_b_c.pdf"`);
    expect(h).toContain(`filename*=UTF-8''a%22b%5Cc%0D%0AX-Evil%3A%201.pdf`);
  });
});
