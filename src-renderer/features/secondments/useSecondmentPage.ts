import { useMemo, useState } from 'react';
import { SecondmentInputError } from '../../data/secondments';
import { useSecondmentWriters } from '../../data/useSecondmentWriters';
import { useSecondmentView } from '../../data/useSecondments';
import type { EligibilityVerdict } from '../../domain/eligibility';
import {
  computeSupport,
  rateTableFor,
  RATE_TABLES,
  snapshotTable,
  supportAtRate,
  type RateTable,
} from '../../domain/funding';
import { secondmentVerdict } from '../../domain/secondments/checks';
import type {
  CheckInInput,
  EndingInput,
  OverrideInput,
  Secondment,
  SecondmentStatus,
} from '../../domain/secondments/record';
import { ENDING_STATUSES, nextStatuses } from '../../domain/secondments/status';
import { message } from '../../domain/validation';

export type FundingView =
  | {
      kind: 'fixed' | 'estimate';
      amountCents: number;
      monthlyRateCents: number;
      wholeMonths: number;
      extraDays: number;
      rateTableId: string;
      rateTableVersion: number;
      /** Whether the table's figures are confirmed by the central office (unknown for a table no longer shipped). */
      confirmed?: boolean;
      computedAt?: string;
    }
  | { kind: 'error'; error: string };

/** The support as the page shows it: the signed snapshot, or an estimate from the table in force. */
export function fundingView(secondment: Secondment, tables: readonly RateTable[] = RATE_TABLES): FundingView {
  const snapshot = secondment.funding;
  if (snapshot) {
    const split = supportAtRate(snapshot.monthlyRateCents, snapshot.periodStart, snapshot.periodEnd);
    return {
      kind: 'fixed',
      amountCents: snapshot.amountCents,
      monthlyRateCents: snapshot.monthlyRateCents,
      wholeMonths: split.ok ? split.wholeMonths : 0,
      extraDays: split.ok ? split.extraDays : 0,
      rateTableId: snapshot.rateTableId,
      rateTableVersion: snapshot.rateTableVersion,
      confirmed: snapshotTable(snapshot, tables)?.confirmed,
      computedAt: snapshot.computedAt,
    };
  }
  const table = rateTableFor(secondment.plannedStart, tables);
  if (!table)
    return { kind: 'error', error: message('secondments:funding.errors.noTable', { date: secondment.plannedStart }) };
  const result = computeSupport(table, secondment.hostCountry, secondment.plannedStart, secondment.plannedEnd, {
    disability: secondment.disability,
  });
  return result.ok
    ? { ...result, kind: 'estimate', confirmed: table.confirmed }
    : { kind: 'error', error: result.error };
}

const localDay = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Errors by field from a refused write (or the whole form's for anything else). */
function errorsOf(error: unknown): Record<string, string> {
  return error instanceof SecondmentInputError
    ? error.errors
    : {
        _form: message('secondments:errors.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      };
}

/**
 * The secondment page's orchestration: the record with its parties, the eligibility verdict, the
 * support, the next steps, and the actions (each returns the refused fields, or null when done).
 */
export function useSecondmentPage(id: string | undefined, now: () => Date = () => new Date()) {
  const view = useSecondmentView(id);
  const writers = useSecondmentWriters();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localDay(now());
  const secondment = view?.secondment;

  const verdict: EligibilityVerdict | undefined = useMemo(
    () => (view ? secondmentVerdict(view.secondment, view, today) : undefined),
    [view, today],
  );
  const funding = useMemo(() => (secondment ? fundingView(secondment) : undefined), [secondment]);
  const steps = secondment ? nextStatuses(secondment.status) : [];

  async function run(action: () => Promise<unknown>): Promise<Record<string, string> | null> {
    setBusy(true);
    try {
      await action();
      setError(null);
      return null;
    } catch (caught) {
      const errors = errorsOf(caught);
      setError(errors['_form'] ?? null);
      return errors;
    } finally {
      setBusy(false);
    }
  }

  const need = () => {
    if (!id) throw new Error('no secondment');
    return id;
  };

  return {
    view,
    verdict,
    funding,
    today,
    busy,
    error,
    /** Plain moves, one button each; ending moves need a form (`canTerminate`, `canCancel`). */
    steps: steps.filter((status) => !ENDING_STATUSES.has(status)),
    canTerminate: steps.includes('terminated'),
    canCancel: steps.includes('cancelled'),
    move: (to: SecondmentStatus, date?: string) => run(() => writers.moveSecondment(need(), to, date ? { date } : {})),
    end: (to: 'terminated' | 'cancelled', input: EndingInput) => run(() => writers.endSecondment(need(), to, input)),
    override: (input: OverrideInput) => run(() => writers.overrideEligibility(need(), input)),
    addCheckIn: (input: CheckInInput) => run(() => writers.addCheckIn(need(), input)),
    changeEnd: (plannedEnd: string) => run(() => writers.changePlannedEnd(need(), { plannedEnd })),
  };
}
export type SecondmentPage = ReturnType<typeof useSecondmentPage>;
