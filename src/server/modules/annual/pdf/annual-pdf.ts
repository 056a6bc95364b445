import { PDFDocument, rgb } from 'pdf-lib';
import type { AnnualFigures } from '../annual.schema.ts';
import { FIGURE_ROWS, figureLabel, LABELS, PROGRAMMES, programmeLabel, titleOfYear } from '../annual-rows.ts';
import { type Colour, ShapedText } from './shaped-text.ts';

const A4 = [595.28, 841.89] as const;
const MARGIN = 48;
const GREY: Colour = [0.35, 0.35, 0.4];
const BAND = rgb(0.93, 0.95, 0.98);
const RULE = rgb(0.8, 0.82, 0.86);

const number = (n: number) => n.toLocaleString('en');

/**
 * The annual report as an A4 PDF, every label in English with its Khmer
 * below, the year's figures beside the previous year's, by programme.
 */
export async function annualPdf(current: AnnualFigures, previous?: AnnualFigures): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(titleOfYear('en', current.year));
  doc.setCreator('Komar');
  doc.setProducer('Komar');
  doc.setLanguage('en');
  const text = await ShapedText.create(doc);
  let page = doc.addPage([...A4]);
  const [width, height] = A4;
  const right = width - MARGIN;
  const colCurrent = right - (previous ? 90 : 0);
  let y = height - MARGIN - 20;

  const newPageIfNeeded = (needed: number) => {
    if (y - needed >= MARGIN) return;
    page = doc.addPage([...A4]);
    y = height - MARGIN;
  };
  const drawRight = (s: string, x: number, size: number, bold = false) =>
    text.draw(page, s, {
      x: x - text.width(s, size, bold ? 'bold' : 'regular'),
      y,
      size,
      weight: bold ? 'bold' : 'regular',
    });

  text.draw(page, titleOfYear('en', current.year), { x: MARGIN, y, size: 20, weight: 'bold' });
  y -= 26;
  text.draw(page, titleOfYear('km', current.year), { x: MARGIN, y, size: 15, weight: 'bold' });
  y -= 36;

  // Column heads.
  text.draw(page, `${LABELS.en.figure} / ${LABELS.km.figure}`, {
    x: MARGIN,
    y,
    size: 10,
    weight: 'bold',
    colour: GREY,
  });
  drawRight(String(current.year), colCurrent, 11, true);
  if (previous) drawRight(String(previous.year), right, 11, true);
  y -= 10;

  for (const programme of PROGRAMMES) {
    newPageIfNeeded(60);
    y -= 8;
    page.drawRectangle({ x: MARGIN - 6, y: y - 22, width: right - MARGIN + 12, height: 26, color: BAND });
    y -= 14;
    const en = programmeLabel('en', programme);
    text.draw(page, en, { x: MARGIN, y, size: 12, weight: 'bold' });
    text.draw(page, programmeLabel('km', programme), {
      x: MARGIN + text.width(en, 12, 'bold') + 12,
      y,
      size: 11,
      weight: 'bold',
    });
    y -= 14;
    for (const row of FIGURE_ROWS.filter((r) => r.programme === programme)) {
      newPageIfNeeded(30);
      const x = MARGIN + (row.part ? 16 : 0);
      y -= 12;
      text.draw(page, figureLabel('en', row.figure), { x, y, size: 10 });
      drawRight(number(row.value(current)), colCurrent, 11, true);
      if (previous) drawRight(number(row.value(previous)), right, 11);
      y -= 12;
      text.draw(page, figureLabel('km', row.figure), { x, y, size: 9, colour: GREY });
      y -= 5;
      page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.5, color: RULE });
    }
  }
  return doc.save();
}
