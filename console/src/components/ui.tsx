import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { ProblemError } from '../api/problem';

/** What a form's failed submit left: the messages of one field. */
export function fieldMessages(error: unknown, field: string): string[] {
  return error instanceof ProblemError ? error.messagesFor(field) : [];
}

interface FieldProps {
  label: string;
  /** The JSON path the API names in a 400 for this input. */
  name: string;
  error?: unknown;
  /** Checked in the browser before sending, as the API checks it. */
  clientError?: string | undefined;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its errors beside it, announced to screen readers. */
export function Field({ label, name, error, clientError, hint, children }: FieldProps) {
  const id = useId();
  const messages = [...(clientError ? [clientError] : []), ...fieldMessages(error, name)];
  const errorId = `${id}-error`;
  return (
    <div className="field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, ...(messages.length > 0 ? { 'aria-describedby': errorId } : {}) })}
      {hint && <small className="hint">{hint}</small>}
      {messages.length > 0 && (
        <span className="field-error" id={errorId} role="alert">
          {messages.join('; ')}
        </span>
      )}
    </div>
  );
}

type TextInputProps = Omit<FieldProps, 'children'> & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, name, error, clientError, hint, ...input }: TextInputProps) {
  return (
    <Field label={label} name={name} error={error} clientError={clientError} {...(hint ? { hint } : {})}>
      {(control) => <input name={name} {...input} {...control} />}
    </Field>
  );
}

type SelectFieldProps = Omit<FieldProps, 'children'> & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode };

export function SelectField({ label, name, error, clientError, hint, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} name={name} error={error} clientError={clientError} {...(hint ? { hint } : {})}>
      {(control) => (
        <select name={name} {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * The problem of a failed request that no field shows: its title and detail, and any field
 * errors whose input is not on the form (listed by name so none is lost).
 */
export function ProblemBanner({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  if (!(error instanceof ProblemError)) return <p className="problem" role="alert">{String(error)}</p>;
  const shown = new Set(shownFields);
  const others = (error.problem.errors ?? []).filter((entry) => !shown.has(entry.field));
  return (
    <div className="problem" role="alert">
      <strong>{error.problem.title}</strong>
      {error.problem.detail && <span>: {error.problem.detail}</span>}
      {others.length > 0 && (
        <ul>
          {others.map((entry) => (
            <li key={`${entry.field}:${entry.message}`}>
              <code>{entry.field}</code>: {entry.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Loading, failed, or the data: the three states every screen draws. */
export function QueryState<T>({ query, what, children }: { query: { data: T | undefined; error: unknown; isPending: boolean }; what: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading what={what} />;
  if (query.error || query.data === undefined) return <ProblemBanner error={query.error ?? `Could not load ${what}`} />;
  return <>{children(query.data)}</>;
}
