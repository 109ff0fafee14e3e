/**
 * Advisory file locks held by the operating system (flock on Linux and macOS, LockFileEx on
 * Windows, through fs-ext-extra-prebuilt, whose prebuilt binaries load without a build step).
 * The kernel drops a lock when its process ends, however it ends: a crashed owner never leaves a
 * stale lock behind, only a stale lock *file*, which is harmless. Lock files are never deleted:
 * deleting one while another process waits on it would let two processes hold "the" lock.
 *
 * Two modes: exclusive (one holder) and shared (any number of holders, and no exclusive holder
 * while one is there). Both are non-blocking: the caller decides how long to wait.
 */
import { closeSync, openSync } from "node:fs";
import { createRequire } from "node:module";

type NativeLocks = typeof import("fs-ext-extra-prebuilt");
let nativeLocks: NativeLocks | undefined;

/**
 * The native module is loaded on the first lock, not when this module is imported: only the
 * embedded database takes these locks, and a deployment on a platform without a prebuilt binary
 * (README, "Run it") that uses DATABASE_URL imports this module without ever needing it.
 */
function native(): NativeLocks {
  return (nativeLocks ??= createRequire(import.meta.url)("fs-ext-extra-prebuilt") as NativeLocks);
}

export type FileLock = { release: () => void };

const isWindows = process.platform === "win32";

/** Takes the lock, or returns null at once when another open of the file holds it. */
export function tryLockFile(file: string, mode: "exclusive" | "shared"): FileLock | null {
  // "a": created when missing, never truncated, so that no holder's file is ever emptied.
  const fd = openSync(file, "a");
  try {
    lock(fd, mode);
  } catch (error) {
    closeSync(fd);
    if (isBusy(error)) return null;
    throw error;
  }
  let isReleased = false;
  return {
    release: () => {
      if (isReleased) return;
      isReleased = true;
      // Closing the descriptor drops the lock; no explicit unlock is needed on either platform.
      closeSync(fd);
    },
  };
}

function lock(fd: number, mode: "exclusive" | "shared"): void {
  const { constants, flockSync, lockFileExSync } = native();
  if (isWindows) {
    const { LOCKFILE_EXCLUSIVE_LOCK, LOCKFILE_FAIL_IMMEDIATELY } = constants;
    lockFileExSync(fd, (mode === "exclusive" ? LOCKFILE_EXCLUSIVE_LOCK : 0) | LOCKFILE_FAIL_IMMEDIATELY, 0, 0, 1, 0);
  } else {
    flockSync(fd, mode === "exclusive" ? "exnb" : "shnb");
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // EWOULDBLOCK is EAGAIN on Linux; Windows reports a lock violation.
  return code === "EAGAIN" || code === "EWOULDBLOCK" || code === "EBUSY" || code === "ERROR_LOCK_VIOLATION";
}
