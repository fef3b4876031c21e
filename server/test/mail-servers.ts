import { describe } from 'vitest';
import { mailServers } from './mailbox.ts';

/** `describe` when the mail servers are there, `describe.skip` otherwise (never skipped in CI). */
export const describeWithMail = mailServers() ? describe : describe.skip;
