import type { FieldMapping } from '../domain/agreements/field-mapping';
import type { AgreementTemplate } from '../domain/model';
import type { LcpDatabase } from './db';
import { systemClock, type Clock } from './writes';

/**
 * Imported PDF forms and their field mappings. They are this computer's working files (like the
 * UI language), not records of the consortium, so they do not go through the outbox.
 */

export function saveTemplate(
  db: LcpDatabase,
  input: { name: string; bytes: Uint8Array; fieldNames: string[]; mapping: FieldMapping },
  clock: Clock = systemClock,
): Promise<AgreementTemplate> {
  const bytes = new Blob([input.bytes.slice().buffer], { type: 'application/pdf' });
  return db.transaction('rw', db.agreementTemplates, async () => {
    const now = clock().toISOString();
    const template: AgreementTemplate = {
      id: crypto.randomUUID(),
      name: input.name,
      createdAt: now,
      updatedAt: now,
      fieldNames: input.fieldNames,
      mapping: input.mapping,
      bytes,
    };
    await db.agreementTemplates.add(template);
    return template;
  });
}

export function saveTemplateMapping(
  db: LcpDatabase,
  id: string,
  mapping: FieldMapping,
  clock: Clock = systemClock,
): Promise<void> {
  return db.transaction('rw', db.agreementTemplates, async () => {
    const template = await db.agreementTemplates.get(id);
    if (!template) throw new Error(`template ${id} not found`);
    await db.agreementTemplates.put({ ...template, mapping: { ...mapping }, updatedAt: clock().toISOString() });
  });
}

export function deleteTemplate(db: LcpDatabase, id: string): Promise<void> {
  return db.transaction('rw', db.agreementTemplates, () => db.agreementTemplates.delete(id));
}
