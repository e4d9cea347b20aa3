/**
 * Word attachments (.docx): mammoth turns the document into semantic HTML
 * (paragraphs, tables with their spans), which the HTML reader then reads, so
 * tables stay tables and there is one set of rules for lines and cells.
 */
import mammoth from 'mammoth';
import type { Block } from '../model/blocks.js';
import { InputError } from '../errors.js';
import { htmlToBlocks } from './html.js';
import { checkZipLimits } from './zip-limits.js';

export async function docxToBlocks(bytes: Buffer, file: string): Promise<Block[]> {
  checkZipLimits(bytes, file);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch {
    // mammoth's messages name zip internals ("Could not find file in options"); the user needs the gist.
    throw new InputError(file, 'corrupt or unreadable Word document (.docx)');
  }
  return htmlToBlocks(html);
}
