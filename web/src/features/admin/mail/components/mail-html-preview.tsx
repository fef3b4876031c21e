import { useTranslation } from 'react-i18next';

/**
 * The HTML of a mail as sent, in a frame with every permission taken away (`sandbox=""`: no
 * script, no form, no navigation of this page, an origin of its own). It is never put in the page.
 */
export function MailHtmlPreview({ html }: { html: string }) {
  const { t } = useTranslation();
  return (
    <iframe
      sandbox=""
      srcDoc={html}
      title={t('mail.outbox.htmlPreview')}
      referrerPolicy="no-referrer"
      style={{
        display: 'block',
        width: '100%',
        height: '60vh',
        minHeight: 320,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: 'white',
      }}
    />
  );
}
