import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  rgb,
  StandardFonts,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';

/**
 * Text in a PDF, Khmer shaped by HarfBuzz (decision 017).
 *
 * Khmer needs real shaping: a coeng (U+17D2) turns the next consonant into a
 * subscript, and a vowel such as េ is typed after its consonant but drawn
 * before it. pdf-lib lays text out with fontkit, whose Khmer shaping is
 * incomplete, so Khmer runs are shaped here by HarfBuzz (WASM) and their glyphs
 * are placed one by one, by glyph id, in the embedded Noto Sans Khmer font
 * (shipped by an npm package, OFL). Each Khmer run is wrapped in an
 * `ActualText` span so copying and text extraction give back the original
 * characters. Other text (Latin, digits) uses Helvetica, which every PDF
 * reader has. No browser and no system font is needed.
 */

const require = createRequire(import.meta.url);
const fontFile = (weight: '400Regular' | '700Bold') =>
  fs.readFileSync(require.resolve(`@expo-google-fonts/noto-sans-khmer/${weight}/NotoSansKhmer_${weight}.ttf`));

type HarfBuzz = typeof import('harfbuzzjs');
type Face = { bytes: Uint8Array; hbFont: InstanceType<HarfBuzz['Font']>; upem: number; pdf: PDFFont };

export type Weight = 'regular' | 'bold';
export type Colour = readonly [number, number, number];

/** A positioned glyph of a shaped run, in font units. */
type Glyph = { id: number; dx: number; dy: number; advance: number };
type Run = { text: string; khmer: boolean };

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;

/** Splits text into Khmer and non-Khmer runs; spaces join the run they sit in. */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const khmer = KHMER.test(ch);
    const last = runs.at(-1);
    if (last && (last.khmer === khmer || /\s|\u200B/.test(ch))) last.text += ch;
    else runs.push({ text: ch, khmer });
  }
  return runs;
}

export class ShapedText {
  private constructor(
    private readonly hb: HarfBuzz,
    private readonly khmer: Record<Weight, Face>,
    private readonly latin: Record<Weight, PDFFont>,
  ) {}

  /** Embeds the fonts into `doc` (the Khmer font whole, so HarfBuzz's glyph ids are the PDF's). */
  static async create(doc: PDFDocument): Promise<ShapedText> {
    // Imported here: HarfBuzz instantiates its WASM on import, which only PDF output needs.
    const hb = await import('harfbuzzjs');
    doc.registerFontkit(fontkit);
    const face = async (weight: '400Regular' | '700Bold'): Promise<Face> => {
      const bytes = fontFile(weight);
      const hbFace = new hb.Face(new hb.Blob(bytes), 0);
      return {
        bytes,
        hbFont: new hb.Font(hbFace),
        upem: hbFace.upem,
        pdf: await doc.embedFont(bytes, { subset: false }),
      };
    };
    return new ShapedText(
      hb,
      { regular: await face('400Regular'), bold: await face('700Bold') },
      {
        regular: await doc.embedFont(StandardFonts.Helvetica),
        bold: await doc.embedFont(StandardFonts.HelveticaBold),
      },
    );
  }

  private shape(face: Face, text: string): Glyph[] {
    const buffer = new this.hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    this.hb.shape(face.hbFont, buffer);
    return buffer.getGlyphInfosAndPositions().map((g) => ({
      id: g.codepoint,
      dx: g.xOffset ?? 0,
      dy: g.yOffset ?? 0,
      advance: g.xAdvance ?? 0,
    }));
  }

  /** The width of `text` at `size` points. */
  width(text: string, size: number, weight: Weight = 'regular'): number {
    return scriptRuns(text).reduce((w, run) => w + this.runWidth(run, size, weight), 0);
  }

  private runWidth(run: Run, size: number, weight: Weight): number {
    if (!run.khmer) return this.latin[weight].widthOfTextAtSize(run.text, size);
    const face = this.khmer[weight];
    return (this.shape(face, run.text).reduce((w, g) => w + g.advance, 0) * size) / face.upem;
  }

  /** Draws `text` with its baseline starting at (x, y). */
  draw(
    page: PDFPage,
    text: string,
    at: { x: number; y: number; size: number; weight?: Weight; colour?: Colour },
  ): void {
    const weight = at.weight ?? 'regular';
    const [r, g, b] = at.colour ?? [0, 0, 0];
    let x = at.x;
    for (const run of scriptRuns(text)) {
      if (run.khmer) this.drawKhmer(page, run.text, { ...at, x, weight, colour: [r, g, b] });
      else page.drawText(run.text, { x, y: at.y, size: at.size, font: this.latin[weight], color: rgb(r, g, b) });
      x += this.runWidth(run, at.size, weight);
    }
  }

  private drawKhmer(
    page: PDFPage,
    text: string,
    at: { x: number; y: number; size: number; weight: Weight; colour: Colour },
  ): void {
    const face = this.khmer[at.weight];
    const scale = at.size / face.upem;
    const fontKey = page.node.newFontDictionary(face.pdf.name, face.pdf.ref);
    // An inline property dictionary (PDF 32000 §14.9.4): valid in content streams and written
    // correctly by pdf-lib, though its operator-argument type does not list dictionaries.
    const actualText = page.doc.context.obj({ ActualText: PDFHexString.fromText(text) }) as unknown as PDFName;
    const ops: PDFOperator[] = [
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), actualText]),
      beginText(),
      setFillingRgbColor(...at.colour),
      setFontAndSize(fontKey, at.size),
    ];
    let x = at.x;
    for (const g of this.shape(face, text)) {
      ops.push(
        setTextMatrix(1, 0, 0, 1, x + g.dx * scale, at.y + g.dy * scale),
        showText(PDFHexString.of(g.id.toString(16).padStart(4, '0'))),
      );
      x += g.advance * scale;
    }
    ops.push(endText(), PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    page.pushOperators(...ops);
  }
}
