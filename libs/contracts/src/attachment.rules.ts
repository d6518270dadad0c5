/**
 * What a contract attachment may be. The contract text and its annexes reach the registry as
 * PDF (text or scan) or as photographed/scanned pages (PNG, JPEG): formats every browser shows
 * inline and that carry no macros. Word and OFD are ZIP containers whose magic bytes match any
 * ZIP (an .exe packed in a ZIP would pass), Word files change when opened, and the registry
 * certifies a fixed text: the form asks for a PDF of them instead. TIFF and HEIC are not shown
 * by browsers. The type is told from the file's first bytes only, never from its name or the
 * client's Content-Type.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': { label: 'PDF 文档', extensions: ['pdf'] },
  'image/png': { label: 'PNG 图片', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG 图片', extensions: ['jpg', 'jpeg'] },
} as const;

export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;

/** How many leading bytes `detectAttachmentType` needs. */
export const ATTACHMENT_SNIFF_BYTES = 8;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The attachment type the file's first bytes show, or undefined when it is none of the allowed ones. */
export function detectAttachmentType(head: Buffer): AttachmentMediaType | undefined {
  const starts = (magic: Buffer) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (starts(PDF)) return 'application/pdf';
  if (starts(PNG)) return 'image/png';
  if (starts(JPEG)) return 'image/jpeg';
  return undefined;
}

/** Longest file name kept (characters): long enough for 合同名称 + 附件名, short enough for a list. */
export const ATTACHMENT_NAME_MAX = 120;

// C0/C1 controls and DEL; bidirectional overrides and isolates, which can show "合同‮fdp.exe" as "合同exe.pdf".
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What is wrong with an uploaded file's name, in words for the user; undefined when it may be kept. */
export function attachmentNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return '文件名不能为空';
  if ([...trimmed].length > ATTACHMENT_NAME_MAX) return `文件名不能超过 ${ATTACHMENT_NAME_MAX} 个字符`;
  if (FORBIDDEN.test(trimmed)) return '文件名不能包含控制字符或文字方向控制符';
  if (/[\\/]/.test(trimmed)) return '文件名不能包含斜杠';
  if (/^\.+$/.test(trimmed)) return '文件名不能只由点组成';
  return undefined;
}

/**
 * The name a download carries: the uploaded name, with the extension of its real type added
 * when the name says otherwise (a PNG uploaded as 合同.pdf downloads as 合同.pdf.png, so the
 * reader's program opens what the file is).
 */
export function downloadName(name: string, type: AttachmentMediaType): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const known: readonly string[] = ATTACHMENT_TYPES[type].extensions;
  return ext && known.includes(ext) ? name : `${name}.${known[0]}`;
}
