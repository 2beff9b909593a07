/** Every check, in the order their findings are listed (the most fundamental first). */
import type { Check } from '../finding';
import { callbackErrorCheck } from './callback-error';
import { duplicatesCheck } from './duplicates';
import { emptyValueCheck } from './empty';
import { encodingCheck } from './encoding';
import { endpointPathCheck } from './endpoint-path';
import { generationNamesCheck } from './generation-names';
import { grantTypeCheck } from './grant-type';
import { methodCheck } from './method';
import { percentEncodingCheck } from './percent-encoding';
import { redirectHttpsCheck } from './redirect-https';
import { redirectUriCheck } from './redirect-uri';
import { requiredCheck } from './required';
import { responseTypeCheck } from './response-type';
import { scopeCheck } from './scope';
import { stateCheck } from './state';
import { urlFragmentCheck } from './url-fragment';
import { whitespaceCheck } from './whitespace';

export const CHECKS: readonly Check[] = [
  endpointPathCheck,
  methodCheck,
  encodingCheck,
  generationNamesCheck,
  requiredCheck,
  grantTypeCheck,
  responseTypeCheck,
  emptyValueCheck,
  whitespaceCheck,
  duplicatesCheck,
  percentEncodingCheck,
  urlFragmentCheck,
  redirectUriCheck,
  redirectHttpsCheck,
  scopeCheck,
  stateCheck,
  callbackErrorCheck,
];
