import type { Interval } from '@/lib/sessions';

export interface SlotDay {
  /** "Tue, Dec 1" in the viewer's zone. */
  label: string;
  slots: { start: string; time: string; theirTime: string }[];
}

/** Slots grouped by the viewer's local day, each with the other person's clock beside it when their zone differs. */
export function slotDays(slots: readonly Interval[], viewerZone: string, otherZone: string): SlotDay[] {
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: viewerZone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: viewerZone });
  const theirs = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: otherZone });
  const sameZone = viewerZone === otherZone;
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const label = day.format(slot.start);
    if (days.at(-1)?.label !== label) days.push({ label, slots: [] });
    days.at(-1)!.slots.push({ start: new Date(slot.start).toISOString(), time: time.format(slot.start), theirTime: sameZone ? '' : `(${theirs.format(slot.start)})` });
  }
  return days;
}
