/**
 * Runs a command's body and turns an expected failure into one line on stderr and exit code 1:
 * users of the command-line tools see what is wrong and where, never a stack trace.
 */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message.split("\n")[0]}\n`);
    process.exitCode = 1;
  }
}
