import { useLiveQuery } from 'dexie-react-hooks';
import { writersHook } from './bound';
import { useDatabase } from './DatabaseContext';
import { saveContactPointProfile, saveLogo, saveUiLanguage } from './settings';

/** The settings' writers, bound to the database. */
export const useSettingsWriters = writersHook({ saveContactPointProfile, saveLogo, saveUiLanguage });

/** A setting's value, live. `undefined` while loading, `null` when never set. */
export function useSetting<T>(key: string): T | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const row = await db.settings.get(key);
    return row ? (row.value as T) : null;
  }, [db, key]);
}
