import type { Agent } from '@guichet/contract/agents';

export type UnavailableReason = 'inactive' | 'switchedOff' | 'onLeave' | 'full' | 'outsideHours';

/**
 * Why an agent is not available now (`availableNow` false), as far as the client can tell (the
 * server decides): shown in Administration → Agents and next to the header's « Disponible ».
 * `today` is the agent's day, in their time zone (YYYY-MM-DD).
 */
export function unavailableReason(agent: Agent, today: string): UnavailableReason {
  if (!agent.active) return 'inactive';
  if (!agent.available) return 'switchedOff';
  if (agent.leaves.some((l) => l.startsOn <= today && today <= l.endsOn)) return 'onLeave';
  if (agent.capacity !== null && agent.activeTickets >= agent.capacity) return 'full';
  return 'outsideHours';
}
