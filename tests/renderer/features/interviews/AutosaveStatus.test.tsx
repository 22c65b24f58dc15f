// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AutosaveState } from '../../../../src-renderer/domain/autosave';
import { AutosaveStatus } from '../../../../src-renderer/features/interviews/AutosaveStatus';
import { initI18n } from '../../../../src-renderer/i18n';
import { getAnnouncement, subscribeAnnouncements } from '../../../../src-renderer/ui/announcer';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

function recordAnnouncements(): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const stop = subscribeAnnouncements(() => texts.push(getAnnouncement()?.text ?? ''));
  return { texts, stop };
}

function renderStates(states: AutosaveState[]): string[] {
  const heard = recordAnnouncements();
  const { rerender } = render(
    <I18nextProvider i18n={i18n}>
      <AutosaveStatus state={states[0]!} />
    </I18nextProvider>,
  );
  for (const state of states.slice(1)) {
    rerender(
      <I18nextProvider i18n={i18n}>
        <AutosaveStatus state={state} />
      </I18nextProvider>,
    );
  }
  heard.stop();
  return heard.texts;
}

describe('AutosaveStatus', () => {
  it('is not a live region: typing (pending, saving, saved, over and over) is not read out', () => {
    const heard = renderStates(['idle', 'pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
    expect(heard).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByTestId('autosave-state').textContent).toContain('Saved');
  });

  it('announces a failed write once, and the first save after it once', () => {
    const heard = renderStates([
      'pending',
      'saving',
      'failed',
      'saving',
      'failed',
      'saving',
      'saved',
      'pending',
      'saved',
    ]);
    expect(heard).toEqual(['Not saved yet — retrying', 'Saved']);
  });
});
