import { attachmentNameProblem, detectAttachmentType, downloadName } from './attachment.rules.js';

describe('contract attachment rules', () => {
  it('tells PDF, PNG and JPEG from their first bytes', () => {
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'))).toBe('application/pdf');
    expect(detectAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it.each([
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['a ZIP (Word, OFD)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['text mentioning %PDF- later', Buffer.from(' %PDF-1.4')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e])],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_label, head) => {
    expect(detectAttachmentType(head)).toBeUndefined();
  });

  it('keeps ordinary Chinese names and refuses empty, long, control, direction-override and path names', () => {
    expect(attachmentNameProblem('技术开发合同（盖章版）.pdf')).toBeUndefined();
    expect(attachmentNameProblem('   ')).toBe('文件名不能为空');
    expect(attachmentNameProblem(`${'合'.repeat(117)}.pdf`)).toBe('文件名不能超过 120 个字符');
    expect(attachmentNameProblem(`${'合'.repeat(116)}.pdf`)).toBeUndefined();
    expect(attachmentNameProblem('合同\u0007.pdf')).toMatch(/控制字符/);
    expect(attachmentNameProblem('合同\u202efdp.exe')).toMatch(/文字方向/);
    expect(attachmentNameProblem('../合同.pdf')).toBe('文件名不能包含斜杠');
    expect(attachmentNameProblem('..')).toBe('文件名不能只由点组成');
  });

  it('gives a download the extension of its real type', () => {
    expect(downloadName('合同.pdf', 'application/pdf')).toBe('合同.pdf');
    expect(downloadName('扫描件.JPG', 'image/jpeg')).toBe('扫描件.JPG');
    expect(downloadName('合同.pdf', 'image/png')).toBe('合同.pdf.png');
    expect(downloadName('合同', 'application/pdf')).toBe('合同.pdf');
  });
});
