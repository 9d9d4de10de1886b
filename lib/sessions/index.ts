// Peer sessions. Pure slot arithmetic first; booking, groups and feedback follow.
export { computeFreeSlots, type FreeSlotQuery, type Interval } from './compute-free-slots';
