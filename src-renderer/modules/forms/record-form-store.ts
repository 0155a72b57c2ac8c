import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppError, Result } from '../../../src-shared/ipc/result.js';
import { notify } from '../notifications/store.js';

/** Every form keeps its fields as the text the recruiter typed; parsing to the contract happens on save. */
export type FormValues = Record<string, string>;
export type FieldErrors<V extends FormValues> = Partial<Record<keyof V & string, string>>;
export interface Versioned {
  id: number;
  version: number;
}

export interface RecordFormConfig<V extends FormValues, R extends Versioned> {
  /** "job", "client", "contact": used in the messages. */
  noun: string;
  empty: V;
  fromRecord(record: R): V;
  /** The record's name in a toast. */
  label(record: R): string;
  /** Local checks (the core's own schemas): field → message. Empty when the form may be sent. */
  validate(values: V, mode: FormMode): FieldErrors<V>;
  /** Which field an error's dotted path (`title`, `patch.title`) belongs to, if any. */
  fieldForPath(path: string): (keyof V & string) | null;
  create(values: V): Promise<Result<R>>;
  /** Sends only what changed; null when nothing did. */
  update(record: R, values: V, initial: V): Promise<Result<R>> | null;
  get(id: number): Promise<Result<R>>;
}

export type FormMode = 'create' | 'edit';

export type SubmitOutcome<R> =
  | { kind: 'saved'; record: R }
  /** Someone else changed the record meanwhile: nothing was written, the form now shows the latest version. */
  | { kind: 'reloaded'; record: R }
  | { kind: 'unchanged' }
  | { kind: 'invalid' }
  | { kind: 'failed' };

export interface RecordFormState<V extends FormValues, R extends Versioned> {
  open: boolean;
  mode: FormMode;
  /** The version being edited (edit mode). */
  record: R | null;
  values: V;
  /** What the form opened with: the patch is the difference. */
  initial: V;
  errors: FieldErrors<V>;
  /** A refusal that names no field (or the conflict notice). */
  formError: string | null;
  saving: boolean;
  openCreate(preset?: Partial<V>): void;
  openEdit(record: R): void;
  close(): void;
  setField(name: keyof V & string, value: string): void;
  submit(): Promise<SubmitOutcome<R>>;
}

export const conflictMessage = (noun: string) =>
  `Someone else changed this ${noun} while you were editing it. Nothing was saved: the latest version is shown, make your change again.`;

/** The dispatcher prefixes the message with the path ("patch.title: Too long"); the field's label says that already. */
export function fieldMessage(error: AppError): string {
  return error.field && error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
}

/** The field an error names: by its `field`, else by a "path: message" prefix. */
export function errorPath(error: AppError): string | null {
  if (error.field) return error.field;
  const m = /^([A-Za-z][\w.]*): /.exec(error.message);
  return m ? m[1]! : null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One zustand store per form (job, client, contact): open/close, field text, local validation, save through
 * the typed client, the core's field errors on their field, and optimistic-concurrency conflicts answered by
 * showing the latest version rather than overwriting it.
 */
export function createRecordFormStore<V extends FormValues, R extends Versioned>(
  config: RecordFormConfig<V, R>,
): UseBoundStore<StoreApi<RecordFormState<V, R>>> {
  const closed = { open: false, record: null, values: config.empty, initial: config.empty, errors: {}, formError: null, saving: false };
  return create<RecordFormState<V, R>>()((set, get) => ({
    ...closed,
    mode: 'create',
    openCreate: (preset = {}) => {
      const values = { ...config.empty, ...preset } as V;
      set({ ...closed, open: true, mode: 'create', values, initial: values });
    },
    openEdit: (record) => {
      const values = config.fromRecord(record);
      set({ ...closed, open: true, mode: 'edit', record, values, initial: values });
    },
    close: () => {
      if (!get().saving) set(closed);
    },
    setField: (name, value) => {
      const { [name]: _dropped, ...errors } = get().errors as Record<string, string>;
      set({ values: { ...get().values, [name]: value }, errors: errors as FieldErrors<V> });
    },
    submit: async () => {
      const { mode, values, initial, record, saving } = get();
      if (saving) return { kind: 'failed' };
      const errors = config.validate(values, mode);
      if (Object.keys(errors).length > 0) {
        set({ errors, formError: null });
        return { kind: 'invalid' };
      }
      let call: Promise<Result<R>> | null;
      if (mode === 'edit') {
        if (!record) return { kind: 'failed' };
        call = config.update(record, values, initial);
        if (!call) {
          set(closed);
          notify.info('Nothing changed');
          return { kind: 'unchanged' };
        }
      } else call = config.create(values);
      set({ saving: true, errors: {}, formError: null });
      const result = await call;
      if (result.ok) {
        set(closed);
        notify.success(`${capital(config.noun)} “${config.label(result.value)}” ${mode === 'create' ? 'created' : 'saved'}`);
        return { kind: 'saved', record: result.value };
      }
      const error = result.error;
      if (error.code === 'conflict' && mode === 'edit' && record) {
        notify.error(conflictMessage(config.noun));
        const latest = await config.get(record.id);
        if (!latest.ok) {
          set({ saving: false, formError: latest.error.message });
          return { kind: 'failed' };
        }
        const fresh = config.fromRecord(latest.value);
        set({ saving: false, record: latest.value, values: fresh, initial: fresh, formError: conflictMessage(config.noun) });
        return { kind: 'reloaded', record: latest.value };
      }
      const path = errorPath(error);
      const field = path ? config.fieldForPath(path) : null;
      notify.error(`Not saved: ${error.message}`);
      if (field) set({ saving: false, errors: { [field]: fieldMessage(error) } as FieldErrors<V> });
      else set({ saving: false, formError: error.message });
      return { kind: 'failed' };
    },
  }));
}
