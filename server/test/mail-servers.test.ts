import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { newAddress, readMailbox, sendTestMail, waitForMail } from './mailbox.ts';
import { describeWithMail } from './mail-servers.ts';

/** The loop the mail tests rely on: nodemailer → Postfix → Dovecot → IMAP → mailparser. */
describeWithMail('test mail servers', () => {
  // A 1×1 transparent PNG.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('delivers a French UTF-8 mail with an attachment, read back over IMAP', async () => {
    const to = newAddress('elise');
    const from = newAddress('client');
    const text = 'Bonjour Élise,\n\nvoilà ma réponse : ça coûte 12 € — « à bientôt » ! Œuvre, naïveté.\n';
    expect(await readMailbox(to)).toEqual([]);

    const messageId = await sendTestMail({
      from,
      to,
      subject: 'Réponse à votre demande n° 1042 — été',
      text,
      attachments: [{ filename: 'capture écran.png', content: png, contentType: 'image/png' }],
    });

    const [mail] = await waitForMail(to);
    expect(mail!.messageId).toBe(messageId);
    expect(mail!.subject).toBe('Réponse à votre demande n° 1042 — été');
    expect(mail!.text).toBe(text);
    expect(mail!.from?.value[0]?.address).toBe(from);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]).toMatchObject({ filename: 'capture écran.png', contentType: 'image/png' });
    expect(mail!.attachments[0]!.content.equals(png)).toBe(true);
  });

  it('files a plus-address in the base mailbox, keeping the tag in X-Original-To', async () => {
    const base = newAddress('support');
    const tagged = base.replace('@', '+t1042-abc@');
    await sendTestMail({ from: newAddress('client'), to: tagged, subject: 'Plus', text: 'tag' });

    const [mail] = await waitForMail(base, (m) => m.subject === 'Plus');
    expect(mail!.headers.get('x-original-to')).toBe(tagged);
    expect(mail!.to).toMatchObject({ value: [{ address: tagged }] });
  });

  it('sends a raw message verbatim', async () => {
    const to = newAddress('raw');
    const raw = [
      `From: <${newAddress('client')}>`,
      `To: <${to}>`,
      'Subject: =?broken?Q?ok?=',
      'Message-ID: <raw-1@guichet.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="never-closed"',
      '',
      '--never-closed',
      'Content-Type: text/plain',
      '',
      'no closing boundary',
      '',
    ].join('\r\n');
    expect(await sendTestMail({ from: 'client@guichet.test', to, raw })).toBe('<raw-1@guichet.test>');
    const [mail] = await waitForMail(to);
    expect(mail!.messageId).toBe('<raw-1@guichet.test>');
    expect(mail!.text).toContain('no closing boundary');
  });

  it('refuses mail for any other domain: nothing leaves the machine', async () => {
    const mail = { from: newAddress('sender'), to: 'someone@example.com', subject: 'Dehors', text: '…' };
    await expect(sendTestMail(mail)).rejects.toThrow(/550 .*outside mail is off in tests/);
  });

  it('gets a 20 MB attachment through Postfix and back', { timeout: 120_000 }, async () => {
    const to = newAddress('big');
    const content = randomBytes(20 * 1024 * 1024);
    await sendTestMail({
      from: newAddress('client'),
      to,
      subject: 'Gros fichier',
      text: 'Voir pièce jointe.',
      attachments: [{ filename: 'gros.bin', content, contentType: 'application/octet-stream' }],
    });

    const [mail] = await waitForMail(to, () => true, { timeoutMs: 60_000 });
    const attachment = mail!.attachments[0]!;
    expect(attachment.size).toBe(content.length);
    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha256(attachment.content)).toBe(sha256(content));
  });
});
