import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed tokens for the links of a mail: rating a ticket, a person's mail preferences, and the
 * tag of the reply address (`support+<tag>@…`). HMAC-SHA256 with the key of `mail_settings`, so
 * every server process checks what any other signed, and nobody can forge one for another ticket
 * or person.
 */
export type LinkPayload =
  | { k: 'rate'; t: string; c: string; exp: number }
  | { k: 'prefs'; u?: string; c?: string; exp: number };

const sign = (key: string, data: string | Buffer) => createHmac('sha256', key).update(data).digest();

const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

const KINDS = { rate: 1, prefs: 2 } as const;
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * A short token (≈ 70 characters, fit for a URL): the kind, a contact-or-user flag, the expiry in
 * seconds and the ids as bytes, then 128 bits of HMAC over them.
 */
export function signLink(key: string, payload: LinkPayload): string {
  const ids = payload.k === 'rate' ? [payload.t, payload.c] : [payload.c ?? payload.u!];
  const head = Buffer.alloc(6);
  head.writeUInt8(KINDS[payload.k], 0);
  head.writeUInt8(payload.k === 'prefs' && payload.u ? 1 : 0, 1);
  head.writeUInt32BE(Math.floor(payload.exp / 1000), 2);
  const data = Buffer.concat([head, ...ids.map(uuidBytes)]);
  return `${data.toString('base64url')}.${sign(key, data).subarray(0, 16).toString('base64url')}`;
}

/** The payload of a token we signed and that has not expired, else null. */
export function verifyLink<K extends LinkPayload['k']>(key: string, token: string, kind: K, now = Date.now()): Extract<LinkPayload, { k: K }> | null {
  const [data64, mac64] = token.split('.');
  if (!data64 || !mac64) return null;
  const data = Buffer.from(data64, 'base64url');
  if (data.length < 22 || !sameBytes(Buffer.from(mac64, 'base64url'), sign(key, data).subarray(0, 16))) return null;
  const exp = data.readUInt32BE(2) * 1000;
  if (data.readUInt8(0) !== KINDS[kind] || exp < now) return null;
  if (kind === 'rate') {
    if (data.length !== 38) return null;
    return { k: 'rate', t: uuidOf(data.subarray(6, 22)), c: uuidOf(data.subarray(22, 38)), exp } as Extract<LinkPayload, { k: K }>;
  }
  if (data.length !== 22) return null;
  const id = uuidOf(data.subarray(6, 22));
  return (data.readUInt8(1) === 1 ? { k: 'prefs', u: id, exp } : { k: 'prefs', c: id, exp }) as Extract<LinkPayload, { k: K }>;
}

/** `t1042-3f9a…`: the ticket's number and 12 characters of signature, short enough for an address. */
export function replyTag(key: string, ticketNumber: number): string {
  return `t${ticketNumber}-${sign(key, `reply:${ticketNumber}`).toString('hex').slice(0, 12)}`;
}

/** The ticket number a reply tag we made stands for, else null. */
export function ticketOfReplyTag(key: string, tag: string): number | null {
  const m = /^t(\d{1,12})-([a-z0-9]{12})$/i.exec(tag);
  if (!m) return null;
  const number = Number(m[1]);
  return sameBytes(Buffer.from(replyTag(key, number)), Buffer.from(tag.toLowerCase())) ? number : null;
}

/** `support@example.com` + tag → `support+tag@example.com`. */
export function plusAddress(address: string, tag: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at)}+${tag}${address.slice(at)}`;
}

/** The `+tag` of an address, if any. */
export function addressTag(address: string): string | null {
  const m = /^[^@+]+\+([^@]+)@/.exec(address);
  return m ? m[1]! : null;
}
