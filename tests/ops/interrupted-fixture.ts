/**
 * For processes.test.ts: starts a long-running service in a process group of its own, as the
 * operations test starts its nodes and nginx, says the service's pid, and waits to be interrupted.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanUpOnSignals, onCleanup, startService } from "./processes";

cleanUpOnSignals();
const logFile = path.join(tmpdir(), `ops-interrupted-${process.pid}.log`);
onCleanup("a cleanup of its own", () => {
  rmSync(logFile, { force: true });
  console.log("cleaned up");
});
const service = startService("sleeper", "sleep", ["300"], { logFile });
console.log(`service ${service.child.pid}`);
setInterval(() => {}, 60_000);
