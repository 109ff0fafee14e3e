/**
 * Preloaded into the Next.js process by scripts/serve.ts (`node --require`): when serve.ts is
 * gone, whatever the way (SIGKILL included), the IPC channel between them closes, and the server
 * stops the way it does on SIGTERM (no new connections, requests in flight finished), rather
 * than serve on without the database that serve.ts owned.
 */
process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
