import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDirLock, DataDirLockedError } from './lock.ts';

const tmpDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guichet-lock-')), 'pglite');

describe('PGlite data directory lock', () => {
  it('refuses a second opener while a live process holds the lock', () => {
    const dir = tmpDir();
    fs.writeFileSync(`${dir}.lock`, String(process.ppid)); // a live process that is not us
    expect(() => acquireDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDirLock(dir)).toThrow(/already in use/);
  });

  it('takes over a lock left by a process that no longer runs, and releases it', () => {
    const dir = tmpDir();
    fs.writeFileSync(`${dir}.lock`, '999999999');
    const lock = acquireDirLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
