/**
 * What a file is, told from its first bytes or its name: pure checks the readers and the CLI make
 * before they load the reader (pdf.js's worker thread, LibreOffice's child process) a format needs,
 * so that reading an HTML page starts neither.
 */
import { extname } from 'node:path';

/** The PDF spec tolerates junk before the header; readers look within the first KB. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

/** Extensions LibreOffice converts for us, with the Debian package that adds the needed component. */
const OFFICE_EXTENSIONS: Record<string, { what: string; pkg: string }> = {
  '.doc': { what: 'Word 97-2003 document (.doc)', pkg: 'libreoffice-writer-nogui' },
  '.wps': { what: 'WPS document (.wps)', pkg: 'libreoffice-writer-nogui' },
  '.rtf': { what: 'RTF document', pkg: 'libreoffice-writer-nogui' },
  '.odt': { what: 'OpenDocument text (.odt)', pkg: 'libreoffice-writer-nogui' },
  '.xls': { what: 'Excel 97-2003 workbook (.xls)', pkg: 'libreoffice-calc-nogui' },
  '.et': { what: 'WPS spreadsheet (.et)', pkg: 'libreoffice-calc-nogui' },
  '.ods': { what: 'OpenDocument spreadsheet (.ods)', pkg: 'libreoffice-calc-nogui' },
};

/**
 * Whether a file is one LibreOffice should convert. Only by extension: a `.txt` holding RTF or a
 * stray Office header is a mislabelled or damaged file, reported as such rather than sent through a
 * second program that would turn its garbage into an empty document.
 */
export function officeFormatOf(path: string): { what: string; pkg: string } | null {
  return OFFICE_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
