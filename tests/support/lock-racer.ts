/**
 * Races for an exclusive file lock many times, for tests/integration/embedded-owner.test.ts:
 * once loaded it says "ready" on stderr and reads the start instant START_AT (epoch milliseconds)
 * from its standard input, so that a slow start on a busy machine cannot make it miss rounds;
 * round i starts at START_AT + i * PERIOD; the racer tries the lock the way
 * the embedded database's owner does, holds a won lock for half a period, then releases it. Two
 * racers started together contend for every round, unless the machine delays one of them.
 *
 * It prints one line a round: "i owner T0 T1 T2 T3" or "i busy T0 T1", in milliseconds of the
 * system's monotonic clock: T0 before the attempt, T1 after it, T2 before the release, T3 after it. So the
 * test can tell two owners at once (a broken lock) from two owners one after the other (a racer
 * that a busy machine held up for half a period).
 *
 * usage: tsx tests/support/lock-racer.ts LOCK_FILE ROUNDS PERIOD   (then START_AT on stdin)
 */
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { tryLockFile } from "@/lib/db/folder-lock";

const [lockFile, roundsText, periodText] = process.argv.slice(2);
const [rounds, period] = [Number(roundsText), Number(periodText)];
process.stderr.write("ready\n");
const input = createInterface({ input: process.stdin });
const startAt = Number(await new Promise<string>((resolve) => input.once("line", resolve)));
input.close();

// The system's monotonic clock (CLOCK_MONOTONIC on Linux), the same for both racers: each
// process's performance.timeOrigin is its own wall-clock reading, a few milliseconds apart.
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

async function until(instant: number): Promise<void> {
  await sleep(Math.max(0, instant - Date.now() - 10));
  while (Date.now() < instant) {
    // spin: leave the line within a millisecond of the other racer
  }
}

const lines: string[] = [];
for (let round = 0; round < rounds; round++) {
  const roundStart = startAt + round * period;
  await until(roundStart);
  const tried = now();
  const lock = tryLockFile(lockFile!, "exclusive");
  const answered = now();
  if (!lock) {
    lines.push(`${round} busy ${tried} ${answered}`);
    continue;
  }
  await until(roundStart + period / 2);
  const releasing = now();
  lock.release();
  lines.push(`${round} owner ${tried} ${answered} ${releasing} ${now()}`);
}
process.stdout.write(`${lines.join("\n")}\n`);
