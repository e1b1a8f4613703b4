/**
 * Work the fake Chaster owes at a moment of virtual time: the end of a pillory vote, of a task
 * vote, of a penalty period. The clock runs what falls due as it moves, so state changes happen
 * at their exact virtual time and history entries carry that time.
 */

/** A pending piece of work, as shown when inspecting the state. */
export interface ScheduledTimer {
  /** Order of scheduling, which breaks ties between timers due at the same moment. */
  readonly id: number;
  /** Epoch milliseconds of virtual time at which it runs. */
  readonly dueAt: number;
  /** What the timer does, for people reading the state. */
  readonly label: string;
}

interface TimerEntry extends ScheduledTimer {
  readonly run: () => void;
}

/** Timers waiting for the virtual clock. */
export interface Scheduler {
  /** Runs `run` once the clock reaches `dueAt`; returns the timer id. */
  schedule(dueAt: number, label: string, run: () => void): number;

  /** Forgets a timer; unknown ids are ignored. */
  cancel(id: number): void;

  /** Removes and returns the earliest timer due at or before `until`, if any. */
  takeDue(until: number): (ScheduledTimer & { run: () => void }) | undefined;

  /** The pending timers, earliest first. */
  pending(): readonly ScheduledTimer[];
}

function compareTimers(left: ScheduledTimer, right: ScheduledTimer): number {
  return left.dueAt - right.dueAt || left.id - right.id;
}

/** A scheduler with no timers. Timer counts stay small, so a sorted array is plenty. */
export function createScheduler(): Scheduler {
  const timers: TimerEntry[] = [];
  let lastId = 0;

  return {
    schedule(dueAt, label, run) {
      lastId += 1;
      timers.push({ id: lastId, dueAt, label, run });
      timers.sort(compareTimers);
      return lastId;
    },

    cancel(id) {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index !== -1) timers.splice(index, 1);
    },

    takeDue(until) {
      const first = timers[0];
      if (first === undefined || first.dueAt > until) return undefined;

      timers.shift();
      return first;
    },

    pending: () => timers.map(({ id, dueAt, label }) => ({ id, dueAt, label })),
  };
}
