import CodepageEncoder from '@point-of-sale/codepage-encoder';
import { describe, expect, it } from 'vitest';
import type { Command } from '../src/command.js';
import { SUPPORTED_CODEPAGES, decodeText } from '../src/codepages.js';
import { commandLength, parseEscPos } from '../src/parseEscPos.js';
import { renderJob } from '../src/renderJob.js';
import { sampleTicketBytes } from './sampleTicket.js';

const parse = (...bytes: number[]): Command[] => parseEscPos(Uint8Array.from(bytes));
const u8 = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

describe('parseEscPos golden bytes', () => {
  it.each<[string, number[], Command[]]>([
    ['ESC @', [0x1b, 0x40], [{ type: 'init' }]],
    ['LF CR HT FF', [0x0a, 0x0d, 0x09, 0x0c], [{ type: 'lf' }, { type: 'cr' }, { type: 'ht' }, { type: 'ff' }]],
    ['text', ascii('So 25'), [{ type: 'text', text: 'So 25', codepage: 0 }]],
    ['CP437 text', [0x53, 0x82, 0x9c], [{ type: 'text', text: 'Sé£', codepage: 0 }]],
    [
      'ESC a 0/1/2 and 48/49/50',
      [0x1b, 0x61, 0, 0x1b, 0x61, 1, 0x1b, 0x61, 2, 0x1b, 0x61, 0x31],
      [
        { type: 'align', align: 'left' },
        { type: 'align', align: 'center' },
        { type: 'align', align: 'right' },
        { type: 'align', align: 'center' },
      ],
    ],
    ['ESC E', [0x1b, 0x45, 1, 0x1b, 0x45, 0], [{ type: 'bold', on: true }, { type: 'bold', on: false }]],
    [
      'ESC ! 0x38',
      [0x1b, 0x21, 0x38],
      [{ type: 'print-mode', fontB: false, bold: true, doubleHeight: true, doubleWidth: true, underline: false }],
    ],
    ['GS ! 0x11', [0x1d, 0x21, 0x11], [{ type: 'char-size', width: 2, height: 2 }]],
    ['GS ! 0x73', [0x1d, 0x21, 0x73], [{ type: 'char-size', width: 8, height: 4 }]],
    ['ESC - 1', [0x1b, 0x2d, 1], [{ type: 'underline', dots: 1 }]],
    ['ESC M 1', [0x1b, 0x4d, 1], [{ type: 'font', font: 'B' }]],
    ['GS B 1', [0x1d, 0x42, 1], [{ type: 'invert', on: true }]],
    ['ESC 2 / ESC 3 24', [0x1b, 0x32, 0x1b, 0x33, 24], [{ type: 'line-spacing', dots: null }, { type: 'line-spacing', dots: 24 }]],
    ['ESC d 5', [0x1b, 0x64, 5], [{ type: 'feed-lines', lines: 5 }]],
    ['ESC J 40', [0x1b, 0x4a, 40], [{ type: 'feed-dots', dots: 40 }]],
    ['ESC t 30', [0x1b, 0x74, 30], [{ type: 'codepage', page: 30 }]],
    ['GS h 80', [0x1d, 0x68, 80], [{ type: 'barcode-height', dots: 80 }]],
    ['GS w 2', [0x1d, 0x77, 2], [{ type: 'barcode-width', dots: 2 }]],
    ['GS H 2', [0x1d, 0x48, 2], [{ type: 'barcode-hri', position: 'below' }]],
    ['GS V 0 (full)', [0x1d, 0x56, 0], [{ type: 'cut', partial: false, feed: 0 }]],
    ['GS V 1 (partial)', [0x1d, 0x56, 1], [{ type: 'cut', partial: true, feed: 0 }]],
    ['GS V 49', [0x1d, 0x56, 0x31], [{ type: 'cut', partial: true, feed: 0 }]],
    ['GS V 65 n (feed and full cut)', [0x1d, 0x56, 65, 3], [{ type: 'cut', partial: false, feed: 3 }]],
    ['GS V 66 n (feed and partial cut)', [0x1d, 0x56, 66, 0], [{ type: 'cut', partial: true, feed: 0 }]],
    ['DLE EOT 1..4', [0x10, 0x04, 1, 0x10, 0x04, 4], [{ type: 'status-query', n: 1 }, { type: 'status-query', n: 4 }]],
    ['QR model 2', [0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0], [{ type: 'qr-model', model: 2 }]],
    ['QR size 6', [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 6], [{ type: 'qr-size', module: 6 }]],
    ['QR ecc M', [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31], [{ type: 'qr-ecc', level: 'M' }]],
    ['QR print', [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30], [{ type: 'qr-print' }]],
  ])('%s', (_name, bytes, expected) => {
    expect(parse(...bytes)).toEqual(expected);
  });

  it('QR store (fn 80) keeps the data, UTF-8 decoded', () => {
    const data = new TextEncoder().encode('https://x.vn/ĐN');
    expect(parse(0x1d, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, ...data)).toEqual([
      { type: 'qr-store', data: 'https://x.vn/ĐN', raw: data },
    ]);
  });

  it('GS v 0: raster bands keep size, mode and data', () => {
    expect(parse(0x1d, 0x76, 0x30, 0, 2, 0, 3, 0, 1, 2, 3, 4, 5, 6, 0x1d, 0x76, 0x30, 0x33, 1, 0, 1, 0, 0xff)).toEqual([
      { type: 'raster', mode: 0, widthBytes: 2, height: 3, data: u8(1, 2, 3, 4, 5, 6) },
      { type: 'raster', mode: 3, widthBytes: 1, height: 1, data: u8(0xff) },
    ]);
  });

  it('ESC * 33: one 24-dot column stripe', () => {
    expect(parse(0x1b, 0x2a, 33, 2, 0, 1, 2, 3, 4, 5, 6)).toEqual([
      { type: 'bit-image', mode: 33, columns: 2, data: u8(1, 2, 3, 4, 5, 6) },
    ]);
  });

  it('GS k 73 (function B) CODE128 with {B and {C code sets gives the human-readable data', () => {
    const raw = [...ascii('{BH15-{C'), 26, 10, 8];
    expect(parse(0x1d, 0x6b, 73, raw.length, ...raw)).toEqual([
      { type: 'barcode', symbology: 'CODE128', data: 'H15-261008', raw: u8(...raw) },
    ]);
  });

  it('GS k 73 with {A, shift {S and a literal {{', () => {
    const raw = ascii('{AAB{Sc{B{{x');
    expect(parse(0x1d, 0x6b, 73, raw.length, ...raw)).toMatchObject([{ data: 'ABc{x' }]);
  });

  it('GS k function A (NUL-terminated) and other function B symbologies', () => {
    expect(parse(0x1d, 0x6b, 4, ...ascii('A025'), 0, 0x1d, 0x6b, 67, 13, ...ascii('8935000000017'))).toMatchObject([
      { type: 'barcode', symbology: 'CODE39', data: 'A025' },
      { type: 'barcode', symbology: 'EAN13', data: '8935000000017' },
    ]);
  });

  it('accepts commands it does not draw, with their full length', () => {
    expect(parse(0x1c, 0x2e, 0x1d, 0x50, 0xb4, 0xb4, 0x1b, 0x70, 0, 25, 250, 0x41)).toEqual([
      { type: 'ignored', name: 'cancel-kanji', bytes: u8(0x1c, 0x2e) },
      { type: 'ignored', name: 'motion-units', bytes: u8(0x1d, 0x50, 0xb4, 0xb4) },
      { type: 'ignored', name: 'drawer-kick', bytes: u8(0x1b, 0x70, 0, 25, 250) },
      { type: 'text', text: 'A', codepage: 0 },
    ]);
  });

  it('unknown bytes become unknown commands and parsing goes on', () => {
    expect(parse(0x01, 0x1b, 0x01, 0x41)).toEqual([
      { type: 'unknown', bytes: u8(0x01) },
      { type: 'unknown', bytes: u8(0x1b, 0x01) },
      { type: 'text', text: 'A', codepage: 0 },
    ]);
  });

  it('a command cut short at the end becomes truncated', () => {
    expect(parse(0x41, 0x1d, 0x76, 0x30, 0, 2, 0, 3, 0, 1, 2)).toEqual([
      { type: 'text', text: 'A', codepage: 0 },
      { type: 'truncated', bytes: u8(0x1d, 0x76, 0x30, 0, 2, 0, 3, 0, 1, 2) },
    ]);
    expect(parse(0x10, 0x04)).toEqual([{ type: 'truncated', bytes: u8(0x10, 0x04) }]);
    expect(parse(0x1b)).toEqual([{ type: 'truncated', bytes: u8(0x1b) }]);
  });

  it('commandLength finds boundaries, null when incomplete', () => {
    const bytes = u8(0x41, 0x1d, 0x76, 0x30, 0, 1, 0, 2, 0, 0x10, 0x04, 0x10, 0x04, 1);
    expect(commandLength(bytes, 0)).toBe(1);
    expect(commandLength(bytes, 1)).toBe(10);
    expect(commandLength(bytes, 11)).toBe(3);
    expect(commandLength(bytes.subarray(0, 13), 11)).toBeNull();
  });
});

describe('TCVN-3 text (ESC t 30 / 31)', () => {
  const vietnamese =
    'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';

  it('decodes every lower-case Vietnamese letter as the Epson encoder writes it on page 30', () => {
    const bytes = CodepageEncoder.encode(vietnamese, 'tcvn3');
    expect(decodeText(bytes, 30)).toBe(vietnamese);
  });

  it('decodes every capital on page 31 (Đ as U+0110, not the Icelandic Ð the encoder table uses)', () => {
    const capitals = vietnamese.toUpperCase();
    const bytes = CodepageEncoder.encode(capitals.replace('Đ', 'Ð'), 'tcvn3capitals');
    expect(decodeText(bytes, 31)).toBe(capitals);
  });

  it('switches pages per character inside one line', () => {
    const commands = parse(0x1b, 0x74, 0, ...ascii('Vi'), 0x1b, 0x74, 30, 0xd6, 0x74, 0x1b, 0x74, 31, 0xa7, 0x0a);
    expect(commands.filter((c) => c.type === 'text')).toEqual([
      { type: 'text', text: 'Vi', codepage: 0 },
      { type: 'text', text: 'ệt', codepage: 30 },
      { type: 'text', text: 'Đ', codepage: 31 },
    ]);
    expect(renderJob(commands, { decodeImages: false }).text).toEqual(['ViệtĐ']);
  });

  it('every supported page maps each upper byte to exactly one character', () => {
    for (const page of SUPPORTED_CODEPAGES) {
      for (let b = 0x80; b <= 0xff; b++) expect([...decodeText(Uint8Array.of(b), page)], `page ${page} byte ${b}`).toHaveLength(1);
    }
  });

  it('ESC @ resets the page to CP437', () => {
    expect(parse(0x1b, 0x74, 30, 0x1b, 0x40, 0xd6)).toContainEqual({ type: 'text', text: '╓', codepage: 0 });
  });
});

describe('garbage and truncated input', () => {
  /** Small deterministic PRNG (mulberry32) so failures reproduce. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('random bytes never throw, and every input byte is accounted for', () => {
    const next = random(42);
    const prefixes = [0x1b, 0x1d, 0x1c, 0x10, 0x0a];
    for (let round = 0; round < 300; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 200) }, () =>
        next() < 0.3 ? (prefixes[Math.floor(next() * prefixes.length)] ?? 0) : Math.floor(next() * 256),
      );
      const commands = parseEscPos(bytes);
      expect(commands.length).toBeGreaterThan(0);
      const last = commands[commands.length - 1];
      if (last?.type === 'truncated') expect(last.bytes.length).toBeGreaterThan(0);
      expect(() => renderJob(commands, { decodeImages: false })).not.toThrow();
    }
  });

  it('every prefix of a real ticket parses; a cut inside a command ends in truncated', () => {
    const bytes = sampleTicketBytes();
    const whole = parseEscPos(bytes);
    expect(whole.some((c) => c.type === 'truncated' || c.type === 'unknown')).toBe(false);
    for (let end = 0; end <= bytes.length; end += end < 64 ? 1 : 997) {
      const commands = parseEscPos(bytes.subarray(0, end));
      const boundary = end === 0 || commandBoundaries(bytes).has(end);
      expect(commands.at(-1)?.type === 'truncated').toBe(!boundary);
    }
  });
});

function commandBoundaries(bytes: Uint8Array): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < bytes.length; ) {
    i += commandLength(bytes, i) ?? bytes.length;
    set.add(i);
  }
  return set;
}

describe('text as the Epson encoder writes it with codepage "auto"', () => {
  it('reads back Vietnamese lines exactly, whatever pages the encoder switched between', async () => {
    const { default: ReceiptPrinterEncoder } = await import('@point-of-sale/receipt-printer-encoder');
    const lines = [
      'PHIẾU HẸN TRẢ KẾT QUẢ',
      'Họ tên: Nguyễn Thị Ánh Tuyết',
      'Đường Lê Lợi, phường Ứng Hòa, ĐỒNG THÁP',
      'Ủy ban nhân dân xã Ỷ Lan: Ỹ Ỵ Ỳ Ý ỹ ỵ ỳ ý',
      'Thủ tục: Cấp bản sao trích lục khai sinh',
    ];
    const encoder = new ReceiptPrinterEncoder({ language: 'esc-pos', printerModel: 'epson-tm-t88vi', columns: 48 });
    encoder.initialize().codepage('auto');
    for (const l of lines) encoder.line(l);
    const job = renderJob(parseEscPos(encoder.encode()), { decodeImages: false });
    expect(job.text).toEqual(lines);
  });
});
