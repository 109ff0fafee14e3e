/**
 * Parsers of command-line option values, for commander (`.option(flags, description, parser)`),
 * shared by the commands (scripts/) and the tools (tools/). A bad value is commander's usual
 * error, which names the option: "error: option '--count <n>' argument 'x' is invalid.
 * expected a positive whole number".
 */
import { InvalidArgumentError } from "commander";

export function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("expected a positive whole number");
  return number;
}
