import { useState } from 'react';
import { Link } from '../app/router';
import { useMutate } from '../graphql/hooks';
import { ANSWER_FOUND_IT_MUTATION, type FoundItAnswer } from './insight-operations';
import { useInsightsText } from './insights-text';

interface FoundItProps {
  /** On a place page: the place (the answers « fermé » and « information fausse » then open a correction). */
  place?: { id: string; slug: string };
  /** On the results: the sought sub-category, when there is one. */
  subcategoryId?: string | null;
}

/** Where each answer leads on a place page: a correction suggestion, prefilled (ReportPage reads `motif`). */
const REPORT_MOTIF: Partial<Record<FoundItAnswer, string>> = { PLACE_CLOSED: 'fermeture', INFO_WRONG: 'erreur' };

/** « Avez-vous trouvé ? »: one tap, counted anonymously (docs/privacy.md), then thanks. */
export function FoundIt({ place, subcategoryId }: FoundItProps) {
  const text = useInsightsText();
  const answerFoundIt = useMutate(ANSWER_FOUND_IT_MUTATION);
  const [answered, setAnswered] = useState<FoundItAnswer | null>(null);
  const answers: [FoundItAnswer, string][] = [
    ['FOUND', text.foundYes],
    ['NOT_FOUND', text.foundNo],
    ...(place
      ? ([
          ['PLACE_CLOSED', text.foundClosed],
          ['INFO_WRONG', text.foundWrong],
        ] as [FoundItAnswer, string][])
      : []),
  ];
  const answer = (value: FoundItAnswer) => {
    setAnswered(value);
    answerFoundIt({
      variables: { answer: value, placeId: place?.id ?? null, subcategoryId: subcategoryId ?? null },
    }).catch(() => undefined);
  };
  const motif = answered ? REPORT_MOTIF[answered] : undefined;
  return (
    <section className="found-it" aria-labelledby="found-it-title">
      <h2 id="found-it-title" className="found-it-title">
        {text.foundItQuestion}
      </h2>
      {answered ? (
        <p role="status">
          {text.foundThanks}{' '}
          {place && motif && (
            <Link href={`/lieu/${encodeURIComponent(place.slug)}/signaler?motif=${motif}`}>
              {answered === 'PLACE_CLOSED' ? text.foundReportClosed : text.foundReportWrong}
            </Link>
          )}
        </p>
      ) : (
        <div className="found-it-answers" role="group" aria-describedby="found-it-privacy">
          {answers.map(([value, label]) => (
            <button key={value} type="button" className="button" onClick={() => answer(value)}>
              {label}
            </button>
          ))}
          <small id="found-it-privacy">
            {text.foundPrivacy} — <Link href="/confidentialite">{text.footerPrivacy}</Link>
          </small>
        </div>
      )}
    </section>
  );
}
