import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/model';

/** The company's people, each with a tick for "candidate participant". */
export function CandidateList({
  people,
  selected,
  onChange,
}: {
  people: Person[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation('interviews');
  const names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'language', fallback: 'code' });
  if (people.length === 0) return <p className="field__hint">{t('candidates.none')}</p>;
  return (
    <div className="choices choices--stacked">
      {people.map((person) => (
        <label key={person.id} className="choice choice--person">
          <input
            type="checkbox"
            name="candidateIds"
            value={person.id}
            checked={selected.includes(person.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...selected, person.id] : selected.filter((id) => id !== person.id))
            }
          />
          <span>
            <strong>
              {person.firstName} {person.lastName}
            </strong>{' '}
            · {t(`candidates.roles.${person.role}`)}
            {person.jobTitle ? ` · ${person.jobTitle}` : ''}
            {person.languages.length > 0 ? (
              <span className="choice__detail">
                {person.languages.map((l) => `${names.of(l.code) ?? l.code} ${l.level}`).join(' · ')}
              </span>
            ) : null}
          </span>
        </label>
      ))}
    </div>
  );
}
