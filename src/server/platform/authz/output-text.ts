import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';

/**
 * Every text an export carries, for the identity-masking scans: an XLSX is a
 * zip of XML parts (sheets, shared strings, sheet names, document
 * properties), a PDF a set of (mostly deflated) streams plus the text that
 * `pdftotext` reads back through the fonts' Unicode maps.
 */

/** Each entry of a zip, inflated, as UTF-8 text (read from the central directory, as unzip does). */
export function zipEntries(zip: Buffer): Map<string, string> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** `<5A6F…>` hex strings (how pdf-lib writes text in the standard fonts) decoded to their bytes. */
const unhex = (content: string) =>
  content.replace(/<([0-9A-Fa-f\s]+)>/g, (_, hex: string) =>
    Buffer.from(hex.replace(/\s/g, ''), 'hex').toString('latin1'),
  );

/**
 * The PDF's raw bytes and every stream that inflates, as latin1 text with its
 * hex strings decoded: where text in the standard (Latin) fonts sits, so a
 * Latin name is found even if `pdftotext` could not map a glyph back.
 */
export function pdfStreams(pdf: Buffer): string[] {
  const out = [pdf.toString('latin1')];
  const raw = out[0] as string;
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(unhex(inflateSync(pdf.subarray(start, end)).toString('latin1')));
    } catch {
      // not deflated (or an image): the raw bytes above already cover it
    }
    re.lastIndex = end;
  }
  return out;
}

/** The text a reader sees, by poppler's `pdftotext` (installed in CI: see .ci/run). */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-authz-'));
  try {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The name tokens found in any of the texts, whatever the letter case. */
export function leakedNames(texts: Iterable<string>, tokens: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (const token of tokens) if (lower.includes(token.toLowerCase())) found.add(token);
  }
  return [...found];
}
