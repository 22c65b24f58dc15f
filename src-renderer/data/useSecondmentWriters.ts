/** The secondments feature's writers, with the database bound (components never hold it). */
import { writersHook } from './bound';
import {
  addCheckIn,
  changePlannedEnd,
  createSecondment,
  endSecondment,
  moveSecondment,
  overrideEligibility,
  saveLearningProject,
} from './secondments';

export const useSecondmentWriters = writersHook({
  createSecondment,
  moveSecondment,
  endSecondment,
  changePlannedEnd,
  overrideEligibility,
  addCheckIn,
  saveLearningProject,
});
