import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { choiceFor, type DuplicateChoice, type LikelyDuplicate } from './import-plan';

const SHOWN = 500;
const CHOICES: DuplicateChoice[] = ['skip', 'update', 'create'];

type Props = {
  likely: LikelyDuplicate[];
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoices: (choices: ReadonlyMap<number, DuplicateChoice>) => void;
};

/** Rows named like a registered company (or an earlier row): skip, merge into it, or import anyway. */
export function ImportDuplicates({ likely, choices, onChoices }: Props) {
  const { t, i18n } = useTranslation('companies');
  const n = (value: number) => formatNumber(value, i18n.language);
  const setAll = (choice: DuplicateChoice) =>
    onChoices(new Map(likely.map((duplicate) => [duplicate.row.row, choice])));
  const setOne = (row: number, choice: DuplicateChoice) => onChoices(new Map(choices).set(row, choice));
  return (
    <section className="notice notice--warn import__duplicates" data-testid="import-duplicates">
      <h3 className="import__heading">
        {t('import.duplicatesTitle', { count: likely.length, formatted: n(likely.length) })}
      </h3>
      <p>{t('import.duplicatesLead')}</p>
      <div className="page__actions">
        {CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button"
            onClick={() => setAll(choice)}
            data-testid={`duplicates-all-${choice}`}
          >
            {t(`import.duplicateAll.${choice}`)}
          </button>
        ))}
      </div>
      <div className="error-list">
        <table className="table">
          <caption className="visually-hidden">{t('a11y.duplicatesTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('fields.legalName')}</th>
              <th scope="col">{t('import.duplicateOf')}</th>
              <th scope="col">{t('import.duplicateAction')}</th>
            </tr>
          </thead>
          <tbody>
            {likely.slice(0, SHOWN).map((duplicate) => (
              <tr key={duplicate.row.row}>
                <td>{n(duplicate.row.row)}</td>
                <td>{duplicate.row.fields.legalName}</td>
                <td>
                  {duplicate.existingId
                    ? duplicate.existingName
                    : t('import.earlierRow', { row: n(duplicate.earlierRow ?? 0) })}
                </td>
                <td>
                  <select
                    aria-label={t('import.duplicateActionFor', { row: n(duplicate.row.row) })}
                    value={choiceFor(duplicate, choices)}
                    onChange={(event) => setOne(duplicate.row.row, event.target.value as DuplicateChoice)}
                    data-testid={`duplicate-choice-${duplicate.row.row}`}
                  >
                    {CHOICES.filter((choice) => choice !== 'update' || duplicate.existingId).map((choice) => (
                      <option key={choice} value={choice}>
                        {t(`import.duplicateChoice.${choice}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {likely.length > SHOWN ? (
        <p className="hint">{t('import.moreDuplicates', { count: likely.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
