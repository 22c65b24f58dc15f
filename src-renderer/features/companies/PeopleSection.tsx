import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { usePeople } from '../../data/registry/useCompanies';
import { usePersonWriters } from '../../data/registry/useCompanyWriters';
import type { Person } from '../../domain/model';
import { Dialog } from '../../ui/Dialog';
import { announce } from '../../ui/announcer';
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
  const [busy, setBusy] = useState(false);
  // What happened last (saved, removed, erased): shown, announced, and where focus goes after it.
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const [focusAdd, setFocusAdd] = useState(0);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (focusAdd > 0) addRef.current?.focus();
  }, [focusAdd]);

  const tell = (text: string) => {
    setNotice({ text, at: Date.now() });
    announce(text);
  };

  async function confirm() {
    if (!confirming) return;
    const { kind, person } = confirming;
    const name = `${person.firstName} ${person.lastName}`;
    setBusy(true);
    try {
      await runInBackground(
        'status.saving',
        () => (kind === 'erase' ? erasePerson(person.id) : removePerson(person.id)),
        'status.saveFailed',
        { doneKey: null },
      );
      setConfirming(null);
      tell(kind === 'erase' ? t('a11y.personErased') : t('a11y.personRemoved', { name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="people-heading" data-testid="people">
      <div className="card__head">
        <h2 id="people-heading" ref={headingRef} tabIndex={-1}>
          {t('people.title')}
        </h2>
        {editing === null ? (
          <button
            ref={addRef}
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setEditing({ kind: 'new' });
            }}
            data-testid="person-add"
          >
            {t('people.add')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <PersonForm
          key={editing.kind === 'edit' ? editing.person.id : 'new'}
          companyId={companyId}
          person={editing.kind === 'edit' ? editing.person : null}
          onDone={(saved) => {
            setEditing(null);
            if (saved) tell(t('a11y.personSaved', { name: `${saved.firstName} ${saved.lastName}` }));
            else setFocusAdd((n) => n + 1);
          }}
        />
      ) : null}
      {notice ? (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef} data-testid="people-notice">
          {notice.text}
        </p>
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
              {
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
              }
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <Dialog
          title={t(confirming.kind === 'erase' ? 'people.eraseConfirm' : 'people.removeConfirm', {
            name: `${confirming.person.firstName} ${confirming.person.lastName}`,
          })}
          role="alertdialog"
          busy={busy}
          onClose={() => setConfirming(null)}
          returnFocus={() => headingRef.current}
          testId="person-dialog"
        >
          <div className="form__footer">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void confirm()}
              data-testid="person-confirm"
            >
              {t(confirming.kind === 'erase' ? 'people.erase' : 'people.remove')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
              {t('form.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
