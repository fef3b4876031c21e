import { Input, Rating, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface StarRatingInputProps {
  /** 0 while nothing is chosen, else 1–5. */
  value: number;
  onChange: (stars: number) => void;
  label: string;
  error?: string | null;
}

/** 1 to 5 stars as a radio group: arrows, click or tap choose; each star is named (« 4 étoiles »). */
export function StarRatingInput({ value, onChange, label, error }: StarRatingInputProps) {
  const { t } = useTranslation();
  const choose = (stars: number) => {
    if (stars >= 1 && stars <= 5) onChange(stars);
  };
  return (
    <Input.Wrapper label={label} labelElement="div" error={error} required>
      <Rating
        size="lg"
        value={value}
        onChange={choose}
        // A click or arrow key on a star's radio chooses it (Mantine only previews it), so the
        // stars behave as a plain radio group for the keyboard, screen readers and tests.
        onChangeCapture={(event) => {
          const input = event.target;
          if (input instanceof HTMLInputElement && input.type === 'radio') choose(Number(input.value));
        }}
        // Each radio covers its star, so pointing at the star is pointing at the radio.
        styles={{ input: { inset: 0, width: '100%', height: '100%', margin: 0, cursor: 'pointer', zIndex: 1 } }}
        role="radiogroup"
        aria-label={label}
        aria-invalid={Boolean(error) || undefined}
        getSymbolLabel={(stars) => t('tickets.rating.stars', { count: stars })}
        mt={4}
      />
    </Input.Wrapper>
  );
}

/** The longest comment a rating takes (the server's limit). */
const MAX_COMMENT = 2000;

interface RatingFieldsProps {
  stars: number;
  onStarsChange: (stars: number) => void;
  starsError: string | null;
  comment: string;
  onCommentChange: (comment: string) => void;
  commentLabel: string;
  commentRows?: number;
}

/** The stars and the comment of a rating: in the portal's ticket page and on the mail's rating page. */
export function RatingFields({ stars, onStarsChange, starsError, comment, onCommentChange, commentLabel, commentRows = 2 }: RatingFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <StarRatingInput label={t('tickets.rating.label')} value={stars} onChange={onStarsChange} error={starsError} />
      <Textarea
        label={commentLabel}
        autosize
        minRows={commentRows}
        maxLength={MAX_COMMENT}
        value={comment}
        onChange={(event) => onCommentChange(event.currentTarget.value)}
      />
    </>
  );
}
