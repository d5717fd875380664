import { UsageError } from "../../errors.ts";
import { artifactsCommand } from "./artifacts.ts";
import { SCRIPT } from "./common.ts";
import { compareCommand } from "./compare.ts";
import { downloadCommand } from "./download.ts";
import { experimentsCommand } from "./experiments.ts";
import { exportCommand } from "./export.ts";
import { historyCommand } from "./history.ts";
import { runCommand } from "./run.ts";
import { runsCommand } from "./runs.ts";

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<void>> = {
  experiments: experimentsCommand,
  runs: runsCommand,
  run: runCommand,
  history: historyCommand,
  compare: compareCommand,
  export: exportCommand,
  artifacts: artifactsCommand,
  download: downloadCommand,
};

/** Runs the subcommand named first in `argv` with the rest of the arguments. */
export async function dispatchQuery(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : SUBCOMMANDS[name];
  if (command === undefined) {
    const known = Object.keys(SUBCOMMANDS).join(", ");
    throw new UsageError(
      name === undefined ? "No subcommand given." : `Unknown subcommand ${JSON.stringify(name)}.`,
      `Use one of ${known}; run \`${SCRIPT} --help\` for each one's flags.`,
    );
  }
  await command(rest);
}
