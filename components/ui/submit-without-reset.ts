import { startTransition, type FormEvent } from 'react';

/**
 * An onSubmit handler that posts the form (and the button that submitted it) to a useActionState action.
 * Passing the action as `action` makes React reset the form afterwards, so controlled fields (a chosen
 * radio, ticked boxes, a typed date) would show their first values after a refused submit while the
 * component state kept the new ones.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
}
