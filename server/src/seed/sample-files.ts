/**
 * The few files demo attachments point at: small screenshots (PNG), documents (PDF) and a log
 * (plain text), generated here, written once through the FileStore and shared by every
 * attachment row of their kind.
 */
import { deflateSync } from 'node:zlib';
import { FileStore } from '../modules/attachments/files.ts';
import type { SampleFileKind } from './texts.ts';

export interface SampleFile {
  kind: SampleFileKind;
  /** Names an attachment of this file may take. */
  names: string[];
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

// ── PNG ──

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgb = [number, number, number];
type Rect = [x: number, y: number, w: number, h: number, color: Rgb];

/** An RGB PNG of flat rectangles on a background: enough to look like a screenshot in a preview. */
export function png(width: number, height: number, background: Rgb, rects: Rect[]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      let c = background;
      for (const [rx, ry, rw, rh, color] of rects) if (x >= rx && x < rx + rw && y >= ry && y < ry + rh) c = color;
      raw.set(c, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const GREY: Rgb = [236, 239, 243];
const TEXT: Rgb = [120, 128, 140];
const lines = (x: number, y: number, count: number, width: number): Rect[] =>
  Array.from({ length: count }, (_, i) => [x, y + i * 14, width - ((i * 37) % 90), 6, TEXT] as Rect);

/** An error dialog over a desktop. */
const errorDialog = () =>
  png(480, 300, [40, 90, 140], [
    [0, 276, 480, 24, [30, 30, 36]],
    [90, 70, 300, 150, [250, 250, 250]],
    [90, 70, 300, 26, [200, 50, 50]],
    [110, 112, 28, 28, [220, 60, 60]],
    ...lines(152, 114, 4, 200),
    [290, 186, 80, 22, [60, 110, 200]],
  ]);

/** A printer queue window with documents in error. */
const printQueue = () =>
  png(480, 300, GREY, [
    [0, 0, 480, 28, [60, 64, 72]],
    [12, 40, 456, 22, [210, 214, 220]],
    ...[0, 1, 2, 3, 4].flatMap((i): Rect[] => [
      [12, 70 + i * 30, 456, 26, i % 2 ? [255, 255, 255] : [246, 247, 249]],
      [20, 80 + i * 30, 160, 6, TEXT],
      [360, 76 + i * 30, 90, 14, i < 3 ? [220, 80, 60] : [120, 180, 120]],
    ]),
  ]);

/** A spreadsheet with an error banner. */
const spreadsheet = () =>
  png(480, 300, [255, 255, 255], [
    [0, 0, 480, 34, [33, 115, 70]],
    [0, 34, 480, 24, [255, 235, 156]],
    [10, 43, 260, 6, [120, 90, 20]],
    ...Array.from({ length: 9 }, (_, i): Rect => [0, 70 + i * 24, 480, 1, [210, 210, 210]]),
    ...Array.from({ length: 5 }, (_, i): Rect => [i * 96, 58, 1, 242, [210, 210, 210]]),
    ...Array.from({ length: 8 }, (_, i): Rect => [8, 78 + i * 24, 60 + ((i * 23) % 30), 6, TEXT]),
  ]);

/** A login page with an authentication error. */
const loginError = () =>
  png(480, 300, [245, 246, 250], [
    [140, 50, 200, 200, [255, 255, 255]],
    [170, 70, 140, 10, [60, 64, 72]],
    [160, 100, 160, 26, [235, 237, 240]],
    [160, 136, 160, 26, [235, 237, 240]],
    [160, 172, 160, 18, [253, 226, 226]],
    [168, 178, 120, 6, [200, 50, 50]],
    [160, 204, 160, 28, [60, 110, 200]],
  ]);

// ── PDF ──

const WIN_ANSI: Record<string, number> = { '€': 0x80, '‚': 0x82, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };

/** Text in the PDF standard fonts' WinAnsi encoding (Latin-1 plus €, dashes, quotes, œ). */
const winAnsi = (s: string) => Buffer.from(Array.from(s, (ch) => WIN_ANSI[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));

/** A one-page PDF with lines of text (Helvetica, WinAnsi: French accents are fine). */
export function pdf(title: string, body: string[]): Buffer {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
  const text = [
    'BT /F1 18 Tf 56 780 Td (' + esc(title) + ') Tj ET',
    '0.6 G 56 768 m 540 768 l S',
    ...body.map((line, i) => `BT /F1 11 Tf 56 ${740 - i * 18} Td (${esc(line)}) Tj ET`),
  ].join('\n');
  const content = winAnsi(text);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null, // content stream
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const obj =
      o === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream\nendobj\n', 'latin1')])
        : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1');
    parts.push(obj);
    size += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const LOG = [
  '2025-03-12 02:00:01 INFO  Démarrage de la tâche « Sauvegarde serveur de fichiers »',
  '2025-03-12 02:00:04 INFO  Volume source : D:\\Partages (412,6 Go)',
  '2025-03-12 02:14:37 WARN  Fichier verrouillé ignoré : D:\\Partages\\Compta\\grand-livre.xlsx',
  '2025-03-12 02:51:12 ERROR Espace insuffisant sur la destination \\\\NAS01\\sauvegardes (reste 1,2 Go)',
  '2025-03-12 02:51:12 ERROR Tâche terminée en échec (code 0x80070070)',
  '2025-03-12 02:51:13 INFO  Rapport envoyé à support@client.fr',
  '',
].join('\n');

/** Every sample file with the names attachments of it take. */
function contents(): { kind: SampleFileKind; names: string[]; contentType: string; bytes: Buffer }[] {
  return [
    { kind: 'screenshot', names: ['capture-erreur.png', 'capture.png', 'message-erreur.png'], contentType: 'image/png', bytes: errorDialog() },
    { kind: 'screenshot', names: ['file-impression.png', 'capture-ecran.png'], contentType: 'image/png', bytes: printQueue() },
    { kind: 'screenshot', names: ['capture-excel.png', 'ecran.png'], contentType: 'image/png', bytes: spreadsheet() },
    { kind: 'screenshot', names: ['erreur-connexion.png', 'capture-connexion.png'], contentType: 'image/png', bytes: loginError() },
    {
      kind: 'pdf',
      names: ['devis-materiel.pdf', 'devis.pdf'],
      contentType: 'application/pdf',
      bytes: pdf('Devis n° D-2025-0412', ['Ordinateur portable 14 pouces, 16 Go, SSD 512 Go ........ 1 049,00 €', 'Préparation et transfert des données ........................ 180,00 €', 'Total HT .................................................... 1 229,00 €', '', 'Validité : 30 jours.']),
    },
    {
      kind: 'pdf',
      names: ['bon-intervention.pdf', 'compte-rendu-intervention.pdf'],
      contentType: 'application/pdf',
      bytes: pdf("Bon d'intervention", ['Intervention sur site — remplacement du matériel défectueux.', 'Durée : 1 h 30. Déplacement inclus.', 'Tests effectués avec le client : conformes.', '', 'Signature du client : ____________________']),
    },
    {
      kind: 'pdf',
      names: ['procedure.pdf', 'fiche-accueil-informatique.pdf', 'plan-bureaux.pdf'],
      contentType: 'application/pdf',
      bytes: pdf('Procédure', ['1. Ouvrir une session avec votre identifiant habituel.', '2. Changer le mot de passe provisoire à la première connexion.', '3. En cas de problème, ouvrir un ticket sur le portail support.']),
    },
    { kind: 'log', names: ['journal-sauvegarde.txt', 'rapport.log', 'journal.txt'], contentType: 'text/plain', bytes: Buffer.from(LOG, 'utf8') },
  ];
}

/** Write the sample files (once per seed) and return what attachment rows need. */
export async function writeSampleFiles(filesDir: string): Promise<SampleFile[]> {
  const store = new FileStore(filesDir);
  const out: SampleFile[] = [];
  for (const f of contents()) {
    const { key, sha256 } = await store.save(f.bytes);
    out.push({ kind: f.kind, names: f.names, contentType: f.contentType, sizeBytes: f.bytes.length, sha256, storageKey: key });
  }
  return out;
}
