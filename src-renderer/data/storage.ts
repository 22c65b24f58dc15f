export type StorageStatus = { persisted: boolean; usageBytes?: number; quotaBytes?: number };

/**
 * Asks the browser to keep the database under storage pressure (it would otherwise be evicted
 * like a cache). Safe to call at every start.
 */
export async function requestPersistentStorage(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return { persisted: false };
  let persisted = await storage.persisted();
  if (!persisted) persisted = await storage.persist();
  const estimate = await storage.estimate();
  return { persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}
