import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { usePeople } from '../../data/registry/useCompanies';
import { usePersonWriters } from '../../data/registry/useCompanyWriters';
import type { Person } from '../../domain/model';
import { languageName } from './labels';
import { PersonForm } from './PersonForm';

type Editing = { kind: 'new' } | { kind: 'edit'; person: Person } | null;
type Confirming = { kind: 'remove' | 'erase'; person: Person } | null;

/** The company's people: add, edit, remove, and erase for good (GDPR). */
export function PeopleSection({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('companies');
  const { erasePerson, removePerson } = usePersonWriters();
  const people = usePeople(companyId);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);

  async function confirm() {
    if (!confirming) return;
    const { kind, person } = confirming;
    await runInBackground(
      'status.saving',
      () => (kind === 'erase' ? erasePerson(person.id) : removePerson(person.id)),
      'status.saveFailed',
    );
    setConfirming(null);
  }

  return (
    <section className="card" aria-labelledby="people-heading" data-testid="people">
      <div className="card__head">
        <h2 id="people-heading">{t('people.title')}</h2>
        {editing === null ? (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })} data-testid="person-add">
            {t('people.add')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <PersonForm
          key={editing.kind === 'edit' ? editing.person.id : 'new'}
          companyId={companyId}
          person={editing.kind === 'edit' ? editing.person : null}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {people === undefined ? (
        <p>{t('common:loading')}</p>
      ) : people.length === 0 ? (
        <p className="card__lead">{t('people.empty')}</p>
      ) : (
        <ul className="people">
          {people.map((person) => (
            <li key={person.id} className="person" data-testid="person">
              <div className="person__main">
                <strong>
                  {person.firstName} {person.lastName}
                </strong>
                <span className="tag">{t(`personRole.${person.role}`)}</span>
                {person.candidate ? <span className="tag tag--candidate">{t('people.candidate')}</span> : null}
                <div className="person__details">
                  {[
                    person.jobTitle,
                    person.email,
                    person.phone,
                    person.languages.map((l) => `${languageName(l.code, i18n.language)} ${l.level}`).join(', '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </div>
              {confirming?.person.id === person.id ? (
                <div className="notice notice--warn person__confirm" role="alert">
                  <span>
                    {t(confirming.kind === 'erase' ? 'people.eraseConfirm' : 'people.removeConfirm', {
                      name: `${person.firstName} ${person.lastName}`,
                    })}
                  </span>
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={() => void confirm()}
                    data-testid="person-confirm"
                  >
                    {t(confirming.kind === 'erase' ? 'people.erase' : 'people.remove')}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => setConfirming(null)}>
                    {t('form.cancel')}
                  </button>
                </div>
              ) : (
                <div className="person__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setEditing({ kind: 'edit', person })}
                  >
                    {t('actions.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setConfirming({ kind: 'remove', person })}
                  >
                    {t('people.remove')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setConfirming({ kind: 'erase', person })}
                    data-testid="person-erase"
                  >
                    {t('people.erase')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
