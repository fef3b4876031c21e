import type { ExcerptSegment, SearchMatch } from '@guichet/contract/tickets';
import { Mark, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A search passage as React text: matched words in `<mark>`, the rest as is. The segments are
 * plain text typed by users; they are never parsed as HTML.
 */
export function ExcerptText({ segments }: { segments: ExcerptSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.hit ? (
          <Mark key={i} color="yellow" px={2} style={{ borderRadius: 'var(--mantine-radius-xs)' }}>
            {segment.text}
          </Mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The subject cut into segments, the words the search matched in it marked. The passage the
 * API gives may leave out the subject's first or last words: the whole subject is kept.
 */
export function markedSubject(subject: string, match: SearchMatch): ExcerptSegment[] {
  const hits = [...new Set(match.excerpt.filter((s) => s.hit).map((s) => s.text))];
  if (hits.length === 0) return [{ text: subject, hit: false }];
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(${hits.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return subject
    .split(words)
    .map((text, i) => ({ text, hit: i % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}

/** Under a search result's subject: where the words were found, then the passage. */
export function SearchPassage({ match }: { match: SearchMatch }) {
  const { t } = useTranslation();
  return (
    <Text fz="sm" c="dimmed" mt={4} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
      <Text span fz="xs" fw={700} c="indigo.7" mr={6}>
        {t(`search.match.${match.field}`)}
      </Text>
      <ExcerptText segments={match.excerpt} />
    </Text>
  );
}
