import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe } from './background-tasks';

export function useBackgroundTasks() {
  return useSyncExternalStore(subscribe, getSnapshot);
}
