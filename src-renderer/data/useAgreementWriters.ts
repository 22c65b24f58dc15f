/** The agreements feature's writers and one-off reads, with the database bound (components never hold it). */
import { deleteTemplate, saveTemplate, saveTemplateMapping } from './agreement-templates';
import {
  attachSignedScan,
  changeAgreementStatus,
  createAgreement,
  createAmendment,
  replaceSignedScan,
  storeGeneratedVersion,
  updateAgreementDraft,
} from './agreements';
import { writersHook } from './bound';
import { readAgreementBundle, readVersionBytes } from './useAgreements';

export const useAgreementWriters = writersHook({
  createAgreement,
  updateAgreementDraft,
  storeGeneratedVersion,
  changeAgreementStatus,
  attachSignedScan,
  replaceSignedScan,
  createAmendment,
  readAgreementBundle,
  readVersionBytes,
});

/** Imported PDF forms: this computer's working files. */
export const useTemplateWriters = writersHook({ saveTemplate, saveTemplateMapping, deleteTemplate });
