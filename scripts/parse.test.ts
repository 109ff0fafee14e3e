/** The CLI as a user runs it: a child process, stdout JSON, one-line errors. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function runParse(file: string) {
  const result = spawnSync("npx", ["tsx", "scripts/parse.ts", file], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const EXPECTED = `{
  "id": "4-1234",
  "chamber": "senate",
  "legislature": 4,
  "number": 1234,
  "session": "2008-2009",
  "askedOn": "2009-03-01",
  "originalLanguage": "fr",
  "author": {
    "name": "Olivier Destrebecq",
    "party": "MR"
  },
  "addressee": {
    "fr": "ministre de la Justice",
    "nl": "minister van Justitie"
  },
  "subject": {
    "fr": "Prisons",
    "nl": "Gevangenissen"
  },
  "descriptors": [
    {
      "fr": "prison",
      "nl": "gevangenis"
    },
    {
      "fr": "surpopulation carcérale",
      "nl": "overbevolking in de gevangenissen"
    }
  ],
  "events": [
    {
      "date": "2009-03-01",
      "kind": "sent"
    }
  ],
  "alsoAskedTo": [],
  "question": {
    "fr": [
      "La prison de Mons compte aujourd'hui plus de détenus que de places.",
      "Combien de détenus y sont-ils incarcérés à ce jour\u00a0?"
    ],
    "nl": [
      "De gevangenis van Bergen telt vandaag meer gedetineerden dan plaatsen.",
      "Hoeveel gedetineerden verblijven er momenteel?"
    ]
  },
  "answer": null
}
`;

describe("scripts/parse.ts", () => {
  it("prints the record as 2-space JSON", () => {
    const result = runParse("tests/fixtures/source/4-1234_french_no-answer.txt");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(EXPECTED);
  }, 30_000);

  it("prints a rejected document's error as one line on stderr and exits 1", () => {
    const file = "tests/fixtures/source/bad_unknown-timeline-kind.txt";
    const result = runParse(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      `${file}:31: unknown timeline event "Herverzending" (expected "Verzending vraag", "Rappel" or "Antwoord")`,
      "",
    ]);
  }, 30_000);

  it("reports an unreadable file the same way", () => {
    const result = runParse("no/such/file.txt");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("no/such/file.txt: cannot read file (ENOENT)\n");
  }, 30_000);
});
