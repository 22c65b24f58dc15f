import agreements from '../locales/en/agreements.json';
import companies from '../locales/en/companies.json';
import events from '../locales/en/events.json';
import interviews from '../locales/en/interviews.json';
import sync from '../locales/en/sync.json';

/**
 * The native menu is in English, like the items Electron's roles add (Edit, View, Window: Electron
 * does not translate them on Windows and Linux), so the menu is never half translated. Its intent
 * labels are read from the English UI texts, so each label is written once.
 */
const NAMESPACES: Record<string, unknown> = { agreements, companies, events, interviews, sync };

export function englishLabel(labelKey: string): string {
  const [namespace = '', path = ''] = labelKey.split(':');
  let value: unknown = NAMESPACES[namespace];
  for (const part of path.split('.'))
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value !== 'string') throw new Error(`no English text for menu label ${labelKey}`);
  return value;
}
