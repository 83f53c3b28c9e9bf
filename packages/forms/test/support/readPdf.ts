import { inflateSync } from 'node:zlib';

/**
 * A small PDF reader for what pdfkit writes (tests only): objects, inflated streams, pages in
 * order, and each page's text decoded through the fonts' ToUnicode maps (pdfkit writes
 * glyph ids, not characters), plus the rectangles it fills.
 */
export interface PdfPage {
  /** One entry per text object (BT … ET), in drawing order, NFC. */
  lines: string[];
  /** Font resource names used, e.g. F1. */
  fonts: string[];
  /** `x y w h re` operators in page coordinates as written. */
  rects: { x: number; y: number; w: number; h: number }[];
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      found.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const raw = body.slice(at + 'stream'.length).replace(/^\r?\n/, '');
    const data = Buffer.from(raw.slice(0, raw.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
    found.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(data) : data });
  }
  return found;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexToString = (hex: string): string => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const start = parseInt(m[1] ?? '0', 16);
    [...(m[3] ?? '').matchAll(/<([0-9a-fA-F ]*)>/g)].forEach((e, i) => map.set(start + i, hexToString((e[1] ?? '').replace(/ /g, ''))));
  }
  const withoutArrays = cmap.replace(/\[[^\]]*\]/g, '[]');
  for (const m of withoutArrays.matchAll(/^\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/gm)) {
    const start = parseInt(m[1] ?? '0', 16);
    const end = parseInt(m[2] ?? '0', 16);
    const base = parseInt(m[3] ?? '0', 16);
    for (let g = start; g <= end; g++) map.set(g, String.fromCharCode(base + g - start));
  }
  return map;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

export function readPdf(pdf: Buffer): { pages: PdfPage[]; baseFonts: string[] } {
  const objs = objects(pdf);
  const cmaps = new Map<number, Map<number, string>>();
  const baseFonts: string[] = [];
  for (const [n, o] of objs) {
    if (!/\/Type\s*\/Font\b/.test(o.dict)) continue;
    const base = /\/BaseFont\s*\/(\S+)/.exec(o.dict)?.[1];
    if (base && /\/Subtype\s*\/Type0/.test(o.dict)) baseFonts.push(base);
    const tu = ref(o.dict, 'ToUnicode');
    const stream = tu === null ? null : objs.get(tu)?.stream;
    if (stream) cmaps.set(n, parseToUnicode(stream.toString('latin1')));
  }
  const fontByName = new Map<string, number>();
  for (const o of objs.values()) {
    const fonts = /\/Font\s*<<([^>]*)>>/.exec(o.dict)?.[1];
    if (fonts) for (const m of fonts.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) fontByName.set(m[1] ?? '', Number(m[2]));
  }
  const root = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pages = kids.map((kid): PdfPage => {
    const page = objs.get(kid);
    const contents = page ? ref(page.dict, 'Contents') : null;
    const content = (contents === null ? null : objs.get(contents)?.stream)?.toString('latin1') ?? '';
    const lines: string[] = [];
    const fonts = new Set<string>();
    const rects: PdfPage['rects'] = [];
    for (const m of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)) {
      rects.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) });
    }
    for (const bt of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let font: Map<number, string> | undefined;
      let line = '';
      for (const op of (bt[1] ?? '').matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (op[1] !== undefined) {
          fonts.add(op[1]);
          const n = fontByName.get(op[1]);
          font = n === undefined ? undefined : cmaps.get(n);
          continue;
        }
        const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '') : [op[3] ?? ''];
        for (const hex of hexes) for (let i = 0; i + 4 <= hex.length; i += 4) line += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
      }
      lines.push(line.normalize('NFC'));
    }
    return { lines, fonts: [...fonts], rects };
  });
  return { pages, baseFonts };
}
