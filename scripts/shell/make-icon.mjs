// Draws the shell's 512×512 app icon (a queue ticket with a number) to apps/shell/build/icon.png.
// Run once by hand: `node scripts/shell/make-icon.mjs` (needs @napi-rs/canvas, as hardware/printer does).
import { writeFileSync, mkdirSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const root = new URL('../..', import.meta.url).pathname;
GlobalFonts.registerFromPath(`${root}hardware/printer/fonts/NotoSans-Bold.ttf`, 'Noto Sans Bold');
const S = 512;
const c = createCanvas(S, S);
const g = c.getContext('2d');

const rounded = (x, y, w, h, r) => {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
};
// background: the red of official notices
rounded(16, 16, S - 32, S - 32, 96);
g.fillStyle = '#b3201f';
g.fill();
// the ticket
rounded(118, 70, 276, 372, 28);
g.fillStyle = '#ffffff';
g.fill();
// tear-off notches
g.fillStyle = '#b3201f';
for (const x of [118, 394]) {
  g.beginPath();
  g.arc(x, 330, 22, 0, Math.PI * 2);
  g.fill();
}
g.setLineDash([14, 12]);
g.strokeStyle = '#b3201f';
g.lineWidth = 5;
g.beginPath();
g.moveTo(150, 330);
g.lineTo(362, 330);
g.stroke();
g.setLineDash([]);
// the number
g.fillStyle = '#b3201f';
g.font = '150px "Noto Sans Bold"';
g.textAlign = 'center';
g.textBaseline = 'middle';
g.fillText('01', S / 2, 210);
// a star, as on the national emblem
g.fillStyle = '#f2c230';
g.beginPath();
for (let i = 0; i < 10; i++) {
  const r = i % 2 === 0 ? 42 : 17;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  g.lineTo(S / 2 + r * Math.cos(a), 388 + r * Math.sin(a));
}
g.closePath();
g.fill();

mkdirSync(`${root}apps/shell/build`, { recursive: true });
writeFileSync(`${root}apps/shell/build/icon.png`, c.toBuffer('image/png'));
console.log('apps/shell/build/icon.png written');
