import type { DesignPhase } from '../db/generated/enums';

// The facilitation template every design-thinking session starts from: the five phases in order, a
// timebox each, and the prompts a facilitator reads out. Hosts may change timeboxes and prompts.

export interface DesignPhaseTemplate {
  phase: DesignPhase;
  position: number;
  label: string;
  timeboxMinutes: number;
  prompt: string;
}

export const DESIGN_THINKING_TEMPLATE: readonly DesignPhaseTemplate[] = [
  {
    phase: 'EMPATHIZE',
    position: 1,
    label: 'Empathize',
    timeboxMinutes: 15,
    prompt: 'Who are we designing for? Share what you have seen or heard from them: their goals, frustrations and workarounds.',
  },
  {
    phase: 'DEFINE',
    position: 2,
    label: 'Define',
    timeboxMinutes: 10,
    prompt: 'Frame the problem as a point of view: "[user] needs [need] because [insight]". Then turn it into one "How might we…?" question.',
  },
  {
    phase: 'IDEATE',
    position: 3,
    label: 'Ideate',
    timeboxMinutes: 20,
    prompt: 'Go for quantity: each person writes ideas silently, then share without judging. Cluster them and vote on the two or three to try.',
  },
  {
    phase: 'PROTOTYPE',
    position: 4,
    label: 'Prototype',
    timeboxMinutes: 20,
    prompt: 'Make the chosen idea tangible in the cheapest way: a sketch, a storyboard, a click-through or a role-play.',
  },
  {
    phase: 'TEST',
    position: 5,
    label: 'Test',
    timeboxMinutes: 15,
    prompt: 'Put the prototype in front of someone who was not in the room. What worked, what confused them, what would you change next?',
  },
];

/** Total minutes of the default plan (80): the form suggests a session at least this long. */
export const DESIGN_THINKING_MINUTES = DESIGN_THINKING_TEMPLATE.reduce((sum, p) => sum + p.timeboxMinutes, 0);

export function designPhaseLabel(phase: DesignPhase): string {
  return DESIGN_THINKING_TEMPLATE.find((p) => p.phase === phase)!.label;
}
