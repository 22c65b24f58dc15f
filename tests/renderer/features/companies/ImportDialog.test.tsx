// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { ImportDialog } from '../../../../src-renderer/features/companies/ImportDialog';
import { changeLanguage, initI18n } from '../../../../src-renderer/i18n';
import { freshDatabase } from '../../data/test-db';
import { CSV, csvFile, registerOlivePresses } from './import-fixture';

let db: LcpDatabase;
let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
  // jsdom has <dialog> but not its modal methods: here they only open and close it. The modal
  // behaviour itself (focus, inertness, Escape) is Chromium's, checked in tests/e2e/accessibility.e2e.ts.
  if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  }
});
beforeEach(async () => {
  db = await freshDatabase();
  await registerOlivePresses(db);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await changeLanguage('en');
  await db.delete();
});

function renderDialog() {
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider db={db}>
        <ImportDialog onClose={onClose} />
      </DatabaseProvider>
    </I18nextProvider>,
  );
  return { onClose };
}
const pickFile = (file: File) => fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });

describe('ImportDialog: the mapping step', () => {
  it('shows the first rows with the guessed fields, refuses to check without a legal name column, then imports', async () => {
    renderDialog();
    pickFile(csvFile(CSV));
    const preview = await screen.findByTestId('import-preview');
    expect(screen.getByText('companies.csv: 4 rows. Check how the columns map to fields:')).toBeTruthy();
    expect(within(preview).getAllByRole('row')).toHaveLength(5);
    const nameColumn = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Field for column Legal name' });
    expect(nameColumn.value).toBe('legalName');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(nameColumn, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Map a column to: Legal name.');
    expect(screen.getByTestId<HTMLButtonElement>('import-check').disabled).toBe(true);

    fireEvent.change(nameColumn, { target: { value: 'legalName' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('import-check'));
    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toBe('1 valid row, 1 rows with errors. 2 rows look like duplicates.');
    expect(await db.companies.count()).toBe(1);

    fireEvent.click(screen.getByTestId('import-run'));
    await waitFor(() => expect(screen.getByTestId('import-done').textContent).toBe('1 company imported.'));
    expect(await db.companies.count()).toBe(2);
  });

  it('speaks the UI language: a German file is mapped from German labels, and the refusal is German', async () => {
    await changeLanguage('de');
    renderDialog();
    const t = i18n.getFixedT('de', 'companies');
    pickFile(csvFile(`${t('fields.legalName')};${t('fields.country')}\nKäserei Müller GmbH;DE\n`, 'firmen.csv'));
    const country = await screen.findByRole<HTMLSelectElement>('combobox', {
      name: t('import.mapColumn', { column: t('fields.country') }),
    });
    expect(country.value).toBe('country');
    fireEvent.change(country, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe(t('import.missingColumns', { fields: t('fields.country') }));
    expect(screen.getByRole('alert').textContent).not.toContain('Map a column');
  });
});
