import type { ChangeEvent } from 'react';
import type { FieldErrors, FormValues } from './record-form-store.js';

interface Bindable<V extends FormValues> {
  values: V;
  errors: FieldErrors<V>;
  setField(name: keyof V & string, value: string): void;
}

/** The props that tie one TextField to a form store: label wiring by id, value, change, error under the field. */
export function bindField<V extends FormValues>(form: Bindable<V>, prefix: string, name: keyof V & string, helper?: string) {
  const error = form.errors[name];
  return {
    id: `${prefix}-${name}`,
    name,
    value: form.values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.setField(name, e.target.value),
    error: Boolean(error),
    // A blank helper line keeps the grid from jumping when an error appears.
    helperText: error ?? helper ?? ' ',
    fullWidth: true,
  };
}

/** After a refused save, keyboard users land on the first field that says what is wrong. */
export function focusFirstError<V extends FormValues>(prefix: string, order: readonly (keyof V & string)[], errors: FieldErrors<V>): void {
  const first = order.find((f) => errors[f]);
  if (!first) return;
  // Let React paint the error first, so a screen reader reads the field together with its message.
  requestAnimationFrame(() => document.getElementById(`${prefix}-${first}`)?.focus());
}

/** For a select whose empty choice means something ("Nobody", "Not given"): show that choice, not a blank box. */
export const showEmpty = { slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } } as const;
