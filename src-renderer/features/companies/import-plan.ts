/** From checked rows and their duplicates to what the import writes: new companies and merges. */
import type { ImportDuplicate, ImportUpdate } from '../../data/registry/company-import';
import type { CompanyFields } from '../../domain/registry/company-record';
import type { RowIssue, ValidatedRows, ValidRow } from '../../domain/registry/csv';
import { message } from '../../domain/validation';

/** A valid row with the same name and country as a registered company or an earlier row. */
export type LikelyDuplicate = { row: ValidRow; existingId?: string; existingName?: string; earlierRow?: number };
export type DuplicateChoice = 'skip' | 'update' | 'create';
export type ImportReviewData = { result: ValidatedRows; likely: LikelyDuplicate[] };

/** Rows with a registered id become errors; rows with a registered name become likely duplicates. */
export function buildReview(checked: ValidatedRows, duplicates: ImportDuplicate[]): ImportReviewData {
  const byRow = new Map(duplicates.map((duplicate) => [duplicate.row, duplicate]));
  const valid: ValidRow[] = [];
  const likely: LikelyDuplicate[] = [];
  const errors: RowIssue[] = [...checked.errors];
  for (const row of checked.valid) {
    const duplicate = byRow.get(row.row);
    if (!duplicate) valid.push(row);
    else if (duplicate.kind === 'sameName')
      likely.push({
        row,
        existingId: duplicate.existingId,
        existingName: duplicate.existingName,
        earlierRow: duplicate.earlierRow,
      });
    else {
      const text = duplicate.existingId
        ? 'companies:errors.duplicateExisting'
        : message('companies:errors.duplicateInFile', { row: duplicate.earlierRow ?? 0 });
      errors.push({ row: row.row, line: row.line, field: duplicate.field, message: text });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { result: { valid, errors, warnings: checked.warnings }, likely };
}

/** The default: skip. "Update" only exists for a registered company. */
export function choiceFor(duplicate: LikelyDuplicate, choices: ReadonlyMap<number, DuplicateChoice>): DuplicateChoice {
  const choice = choices.get(duplicate.row.row) ?? 'skip';
  return choice === 'update' && !duplicate.existingId ? 'skip' : choice;
}

export function planImport(
  review: ImportReviewData,
  choices: ReadonlyMap<number, DuplicateChoice>,
): { rows: CompanyFields[]; updates: ImportUpdate[] } {
  const rows = review.result.valid.map((row) => row.fields);
  const updates: ImportUpdate[] = [];
  for (const duplicate of review.likely) {
    const choice = choiceFor(duplicate, choices);
    if (choice === 'create') rows.push(duplicate.row.fields);
    if (choice === 'update' && duplicate.existingId)
      updates.push({ id: duplicate.existingId, fields: duplicate.row.fields, provided: duplicate.row.provided });
  }
  return { rows, updates };
}
