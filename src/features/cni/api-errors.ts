/**
 * Places an API refusal on the form: each error whose `source.pointer` names a field goes next to
 * that field; the rest is shown above the form. The contract gives CNI errors no body schema and
 * names 409 "Name Conflict" on create, so a 409 without a pointer is put on the conduit name, the
 * only name a CNI has.
 */
import { ApiError, type CfMessage } from '../../api/client';
import { fieldOfPointer } from '../../lib/cni-validation';
import type { FieldErrors } from './cni-form-model';

export function placeApiError(error: unknown): { fields: FieldErrors; rest: CfMessage[] } {
  const fields: FieldErrors = {};
  const rest: CfMessage[] = [];
  if (!(error instanceof ApiError)) return { fields, rest };
  for (const e of error.errors) {
    const field =
      fieldOfPointer(e.pointer) ?? (error.status === 409 ? '/magic/conduit_name' : undefined);
    if (field) fields[field] = fields[field] ? `${fields[field]} ${e.message}` : e.message;
    else rest.push(e);
  }
  return { fields, rest };
}
