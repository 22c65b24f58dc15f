import { useState } from 'react';
import { usePeople } from '../../data/registry/useCompanies';
import { SecondmentInputError } from '../../data/secondments';
import { useSecondmentWriters } from '../../data/useSecondmentWriters';
import type { NewSecondmentInput } from '../../domain/secondments/record';
import { message } from '../../domain/validation';

export const EMPTY_NEW_SECONDMENT: NewSecondmentInput = {
  sendingCompanyId: '',
  participantId: '',
  hostCompanyId: '',
  plannedStart: '',
  plannedEnd: '',
  mentorName: '',
  mentorRole: '',
  disability: false,
};

/**
 * The "New secondment" form: its draft, the sending company's people to choose the participant
 * from, and the creation (the write path validates; its errors come back by field).
 */
export function useNewSecondment(initial: Partial<NewSecondmentInput> = {}) {
  const { createSecondment } = useSecondmentWriters();
  const [draft, setDraft] = useState<NewSecondmentInput>({ ...EMPTY_NEW_SECONDMENT, ...initial });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const people = usePeople(draft.sendingCompanyId || undefined);

  const change = (patch: Partial<NewSecondmentInput>) => {
    setDraft((current) => {
      const next = { ...current, ...patch };
      // Another sending company: its people, not the last one's.
      if (patch.sendingCompanyId !== undefined && patch.sendingCompanyId !== current.sendingCompanyId)
        next.participantId = '';
      return next;
    });
  };

  /** Creates the secondment; its id, or undefined when refused (the errors are set). */
  async function submit(): Promise<string | undefined> {
    setSaving(true);
    try {
      const secondment = await createSecondment(draft);
      setErrors({});
      return secondment.id;
    } catch (error) {
      setErrors(
        error instanceof SecondmentInputError
          ? error.errors
          : { _form: message('secondments:errors.failed', { message: String(error) }) },
      );
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  return { draft, change, errors, saving, people, submit };
}
