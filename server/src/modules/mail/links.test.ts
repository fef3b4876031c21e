import { describe, expect, it } from 'vitest';
import { addressTag, plusAddress, replyTag, signLink, ticketOfReplyTag, verifyLink } from './links.ts';

const key = 'a'.repeat(64);
const t = '0b9a1f3e-4c2d-4e8f-9a7b-1c2d3e4f5a6b';
const c = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
const later = Date.now() + 86_400_000;

describe('signed links', () => {
  it('reads back what it signed, in a token short enough for a URL', () => {
    const token = signLink(key, { k: 'rate', t, c, exp: later });
    expect(token.length).toBeLessThan(100);
    expect(verifyLink(key, token, 'rate')).toEqual({ k: 'rate', t, c, exp: Math.floor(later / 1000) * 1000 });
    expect(verifyLink(key, signLink(key, { k: 'prefs', c, exp: later }), 'prefs')).toMatchObject({ c });
    expect(verifyLink(key, signLink(key, { k: 'prefs', u: c, exp: later }), 'prefs')).toMatchObject({ u: c });
  });

  it('refuses another key, another kind, an expired token and any changed byte', () => {
    const token = signLink(key, { k: 'rate', t, c, exp: later });
    expect(verifyLink('b'.repeat(64), token, 'rate')).toBeNull();
    expect(verifyLink(key, token, 'prefs')).toBeNull();
    expect(verifyLink(key, signLink(key, { k: 'rate', t, c, exp: Date.now() - 1000 }), 'rate')).toBeNull();
    const [data, mac] = token.split('.') as [string, string];
    const flipped = Buffer.from(data, 'base64url');
    flipped[10]! ^= 1;
    expect(verifyLink(key, `${flipped.toString('base64url')}.${mac}`, 'rate')).toBeNull();
    expect(verifyLink(key, `${data}.${mac.slice(0, -2)}AA`, 'rate')).toBeNull();
    expect(verifyLink(key, 'garbage', 'rate')).toBeNull();
  });

  it('tags reply addresses with the ticket number, which only we can sign', () => {
    const tag = replyTag(key, 1042);
    expect(tag).toMatch(/^t1042-[0-9a-f]{12}$/);
    expect(ticketOfReplyTag(key, tag)).toBe(1042);
    expect(ticketOfReplyTag(key, tag.toUpperCase())).toBe(1042);
    expect(ticketOfReplyTag(key, tag.replace('1042', '1043'))).toBeNull();
    expect(ticketOfReplyTag('b'.repeat(64), tag)).toBeNull();
    const address = plusAddress('support@example.test', tag);
    expect(address).toBe(`support+${tag}@example.test`);
    expect(addressTag(address)).toBe(tag);
    expect(addressTag('support@example.test')).toBeNull();
  });
});
