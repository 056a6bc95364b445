import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../exports/tables-export.ts';
import { NAMES, nameTokens } from './authz-world.ts';
import { leakedNames, pdfStreams, pdfText, zipEntries } from './output-text.ts';

/** The masking scans are only as good as their readers: each must find a name that is there. */
describe('output readers', () => {
  it('find a name in any part of an XLSX', async () => {
    const xlsx = await toXlsx([
      {
        name: 'Synthetic',
        columns: [{ key: 'who', header: 'Who' }],
        rows: [{ who: NAMES.perpetrator.latinName }, { who: NAMES.victim.khmerName }],
      },
    ]);
    const parts = zipEntries(xlsx);
    expect([...parts.keys()]).toContain('xl/workbook.xml');
    expect(leakedNames(parts.values(), nameTokens()).sort()).toEqual(
      [...nameTokens('perpetrator'), NAMES.victim.khmerName, ...NAMES.victim.khmerName.split(' ')].sort(),
    );
  });

  it('find a Latin name in a PDF, by its text and by its streams', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText(`Report on ${NAMES.witness.latinName}`, {
      x: 50,
      y: 700,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    const pdf = Buffer.from(await doc.save());
    expect(leakedNames([pdfText(pdf)], nameTokens('witness'))).toContain(NAMES.witness.latinName);
    expect(leakedNames(pdfStreams(pdf), nameTokens('witness'))).toContain(NAMES.witness.latinName);
    expect(leakedNames([pdfText(pdf), ...pdfStreams(pdf)], nameTokens('victim'))).toEqual([]);
  });
});
