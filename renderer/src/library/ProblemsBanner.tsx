import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../shared/i18n/i18n';
import type { StorageProblem } from '../../../shared/model/library';
import { Button } from '../components/Button';

/** Files the library could not open: what happened to each, in plain words, and nothing lost. */
export function ProblemsBanner({
  problems,
  onDismiss,
}: {
  problems: readonly StorageProblem[];
  onDismiss: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-warning problems" aria-labelledby="problems-title">
      <TriangleAlert size={20} aria-hidden className="notice-icon" />
      <div className="notice-content">
        <h2 id="problems-title" className="notice-title">
          {t('problems.title')}
        </h2>
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={problem.id} className="problem">
              <p>{describeProblem(t, problem)}</p>
              <details>
                <summary>{t('problems.details')}</summary>
                <pre>{problem.detail}</pre>
              </details>
              <Button variant="quiet" onClick={() => onDismiss(problem.id)}>
                {t('common.dismiss')}
              </Button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
