// The test mail servers for the journeys that go through mail (scripts/mail-servers.sh); sending and
// reading mail: server/test/mailbox.ts.

/** Whether this run has the test mail servers (always in CI: .ci/run starts them). */
export const withMailServers = () => !!process.env.TEST_SMTP_URL;

/** The support mailbox the run's server polls: its own per run (`E2E_RUN_ID`, set by the config). */
export const supportAddress = () => `support-e2e-${process.env.E2E_RUN_ID}@${process.env.TEST_MAIL_DOMAIN ?? 'guichet.test'}`;
