/**
 * Races for an exclusive file lock many times, for tests/integration/embedded-owner.test.ts:
 * round i starts at START_AT + i * PERIOD (epoch milliseconds); the racer tries the lock the way
 * the embedded database's owner does, prints "i owner" or "i busy", holds a won lock for half a
 * period, then releases it. Two racers started together contend for every round.
 *
 * usage: tsx tests/support/lock-racer.ts LOCK_FILE START_AT ROUNDS PERIOD
 */
import { setTimeout as sleep } from "node:timers/promises";
import { tryLockFile } from "@/lib/db/folder-lock";

const [lockFile, startAtText, roundsText, periodText] = process.argv.slice(2);
const [startAt, rounds, period] = [Number(startAtText), Number(roundsText), Number(periodText)];

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
  const lock = tryLockFile(lockFile!, "exclusive");
  lines.push(`${round} ${lock ? "owner" : "busy"}`);
  await until(roundStart + period / 2);
  lock?.release();
}
process.stdout.write(`${lines.join("\n")}\n`);
