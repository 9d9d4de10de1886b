// The words for the 1–5 scales of session feedback, shared by the form (client) and the feedback page (server).
export const RATING_LABELS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;
export const PROGRESS_LABELS = ['None yet', 'A little', 'Some', 'Solid', 'A lot'] as const;
