import { useState, type FormEvent } from 'react';
import { useSession } from '../auth/session';
import { ProblemBanner, TextField } from '../components/ui';

export function SignIn() {
  const { signIn } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await signIn(String(form.get('email')), String(form.get('password')));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>Sign in to the console</h1>
      <form onSubmit={(event) => void submit(event)}>
        <TextField label="Email" name="email" type="email" autoComplete="username" required error={error} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={error} />
        <ProblemBanner error={error} shownFields={['email', 'password']} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
