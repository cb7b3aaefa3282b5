import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { useI18n } from '../i18n/I18nContext';
import { IMPACT_PAGE_QUERY, type ImpactFigures } from './impact-operations';
import { useImpactText } from './impact-text';

interface Row {
  key: string;
  name: string;
  figures: ImpactFigures;
}

/** `/impact`: the public totals of the structures' validated monthly declarations (API `impact`). */
export function ImpactPage() {
  const text = useImpactText();
  const { apiLang, locale } = useI18n();
  usePageTitle(text.title);
  const [year, setYear] = useState<number | null>(null);
  const { data, loading, error } = useQuery(IMPACT_PAGE_QUERY, {
    variables: { year, lang: apiLang },
  });
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const impact = data?.impact;
  const categoryName = new Map(data?.categories.map((c) => [c.id, c.label]) ?? []);
  const subcategoryName = new Map(data?.categories.flatMap((c) => c.subcategories.map((s) => [s.id, s.label])));
  const years = impact?.byYear.map((y) => y.year) ?? [];
  return (
    <article className="impact-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <label className="field">
        <span>{text.year}</span>
        <select
          value={year ?? ''}
          onChange={(event) => setYear(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">{text.allYears}</option>
          {[...new Set([...years, ...(year ? [year] : [])])].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <p role="status">{loading && !impact ? text.loading : ''}</p>
      {error && (
        <p role="alert" className="notice notice-error">
          {text.error}
        </p>
      )}
      {impact && (
        <>
          <section aria-labelledby="impact-key-figures">
            <h2 id="impact-key-figures">{text.keyFigures}</h2>
            {impact.validatedMonths === 0 && <p>{text.nothing}</p>}
            <dl className="impact-figures">
              <div>
                <dt>{text.diverted}</dt>
                <dd>{number(impact.figures.divertedTonnes, 1)}</dd>
              </div>
              <div>
                <dt>{text.co2}</dt>
                <dd>
                  {number(impact.figures.avoidedCo2eTonnes, 1)}
                  <span className="impact-verified-part">
                    {text.verifiedPart(number(impact.figures.avoidedCo2eVerifiedTonnes, 1))}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{text.structures}</dt>
                <dd>{number(impact.structures)}</dd>
              </div>
              <div>
                <dt>{text.months}</dt>
                <dd>{number(impact.validatedMonths)}</dd>
              </div>
            </dl>
          </section>
          <FiguresTable
            title={text.byCategory}
            rows={impact.byCategory.map((c) => ({
              key: c.categoryId,
              name: categoryName.get(c.categoryId) ?? c.categoryId,
              figures: c.figures,
            }))}
            number={number}
          />
          <FiguresTable
            title={text.byStructure}
            rows={impact.byStructure.map((s) => ({ key: s.organizationId, name: s.name, figures: s.figures }))}
            number={number}
          />
          <FiguresTable
            title={text.byCommune}
            rows={impact.byCommune.map((c) => ({ key: c.inseeCode, name: c.name ?? c.inseeCode, figures: c.figures }))}
            number={number}
          />
          <section aria-labelledby="impact-method">
            <h2 id="impact-method">{text.method}</h2>
            <p>{text.methodText}</p>
            <p>
              {text.factorSet(impact.factorSet.name, impact.factorSet.version)}{' '}
              <a href={impact.factorSet.url}>{text.source}</a>
            </p>
            <table className="admin-table impact-table">
              <caption>{text.factorsTable}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.subcategory}</th>
                  <th scope="col">{text.object}</th>
                  <th scope="col">{text.perItem}</th>
                </tr>
              </thead>
              <tbody>
                {impact.factorSet.factors
                  .filter((f) => f.unit === 'ITEM' && f.verified && f.subcategoryId)
                  .map((f) => (
                    <tr key={f.subcategoryId}>
                      <th scope="row">{subcategoryName.get(f.subcategoryId!) ?? f.subcategoryId}</th>
                      <td>{f.object}</td>
                      <td>{number(f.reuseKgCo2e, 2)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
            <p className="notice notice-info">
              {text.illustrative(impact.factorSet.illustrativeName, impact.factorSet.illustrativeVersion)}
            </p>
          </section>
        </>
      )}
    </article>
  );
}

function FiguresTable({
  title,
  rows,
  number,
}: {
  title: string;
  rows: Row[];
  number(value: number, digits?: number): string;
}) {
  const text = useImpactText();
  if (rows.length === 0) return null;
  return (
    <section>
      <table className="admin-table impact-table">
        <caption>
          <h2>{title}</h2>
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.received}</th>
            <th scope="col">{text.reused}</th>
            <th scope="col">{text.repaired}</th>
            <th scope="col">{text.recycled}</th>
            <th scope="col">{text.avoided}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{number(row.figures.receivedKg)}</td>
              <td>{number(row.figures.reusedKg)}</td>
              <td>{number(row.figures.repairedKg)}</td>
              <td>{number(row.figures.recycledKg)}</td>
              <td>{number(row.figures.avoidedCo2eTonnes, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
