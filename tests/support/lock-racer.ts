/**
 * Races for an exclusive file lock many times, for tests/integration/embedded-owner.test.ts:
 * once loaded it says "ready" on stderr and reads the start instant START_AT (epoch milliseconds)
 * from its standard input, so that a slow start on a busy machine cannot make it miss rounds;
 * round i starts at START_AT + i * PERIOD; the racer tries the lock the way
 * the embedded database's owner does, prints "i owner" or "i busy", holds a won lock for half a
 * period, then releases it. Two racers started together contend for every round.
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
