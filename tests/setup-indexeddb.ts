// Dexie runs on fake-indexeddb in unit tests: a real IndexedDB implementation in memory.
import 'fake-indexeddb/auto';
