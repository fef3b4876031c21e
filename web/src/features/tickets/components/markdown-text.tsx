import { Anchor, Text, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

const LINK_REL = 'noopener noreferrer nofollow';

/** User headings would break the page's heading outline: they are shown as bold paragraphs. */
function Heading({ children }: { children?: React.ReactNode }) {
  return (
    <Text fw={700} my="xs">
      {children}
    </Text>
  );
}

const components: Components = {
  a: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel={LINK_REL}>
      {children}
    </Anchor>
  ),
  // A Markdown image would be fetched from anywhere (tracking pixels): it becomes a plain link.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <Anchor href={src} target="_blank" rel={LINK_REL}>
        {alt || src}
      </Anchor>
    ) : (
      <>{alt}</>
    ),
  h1: Heading,
  h2: Heading,
  h3: Heading,
  h4: Heading,
  h5: Heading,
  h6: Heading,
  // Plain text keeps its line breaks.
  p: ({ children }) => <p style={{ whiteSpace: 'pre-wrap' }}>{children}</p>,
};

const ALLOWED = ['p', 'strong', 'em', 'a', 'img', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A message or description written by a user: plain text or a safe subset of Markdown. Raw HTML
 * is never interpreted (no rehype-raw: `<script>` shows as text), unsafe link schemes are dropped
 * by react-markdown's URL filter, and nothing goes through dangerouslySetInnerHTML.
 */
export function MarkdownText({ children }: { children: string }) {
  return (
    <Typography style={{ overflowWrap: 'anywhere' }}>
      <Markdown components={components} allowedElements={ALLOWED} unwrapDisallowed>
        {children}
      </Markdown>
    </Typography>
  );
}
