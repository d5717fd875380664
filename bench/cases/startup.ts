import { ENTRY_SCRIPTS } from "../../tools/build-bundles.ts";
import { type BenchContext, type Row, compareRows } from "../lib/context.ts";
import { type Command, interleave } from "../lib/measure.ts";

export const STARTUP_CASE = "Start-up";
/** Start-up costs little to measure, so it gets more runs than the other cases. */
const ROUNDS_FACTOR = 2;
const GOAL = 10;

/**
 * `--help` of each bundled script with plain node (the whole bundle is loaded and evaluated
 * before the flag is read) against `python -c "import mlflow"`, which is the least a Python
 * script using MLflow pays before doing anything.
 */
export function startupCase(context: BenchContext): Row[] {
  process.stderr.write(`${STARTUP_CASE}\n`);
  const python: Command = {
    label: 'python -c "import mlflow"',
    command: context.python,
    args: ["-c", "import mlflow"],
    env: context.pythonEnv,
  };
  const scripts: Command[] = ENTRY_SCRIPTS.map((name) => ({
    label: `node ${name}.mjs --help`,
    command: context.node,
    args: [context.bundles[name]!, "--help"],
    env: context.nodeEnv,
  }));
  const samples = interleave([...scripts, python], context.rounds * ROUNDS_FACTOR, context.root);
  const goals = Object.fromEntries(scripts.map((command) => [command.label, GOAL]));
  return compareRows(STARTUP_CASE, samples, python, goals);
}
