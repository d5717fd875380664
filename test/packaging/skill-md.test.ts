import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

import {
  ROOT,
  SKILL_DIR_TOKEN,
  codeLines,
  readSkillMd,
  scriptOf,
  skillCommands,
} from "./helpers.ts";

// SKILL.md by the open Agent Skills spec (the six portable frontmatter keys and their limits),
// the extra rules of Anthropic's validators (no angle brackets in the description), and what
// Claude Code needs to run the commands (the exact ${CLAUDE_SKILL_DIR} token, a fallback when
// it is left unreplaced). The rules and their sources: /work/shared/reference/claude-skills.md.

const skill = readSkillMd();
const { frontmatter, frontmatterText, body } = skill;

const PORTABLE_KEYS = [
  "name",
  "description",
  "license",
  "compatibility",
  "metadata",
  "allowed-tools",
];

describe("SKILL.md frontmatter", () => {
  it("uses only the portable keys, with name and description present", () => {
    for (const key of Object.keys(frontmatter)) expect(PORTABLE_KEYS).toContain(key);
    expect(frontmatter).toHaveProperty("name");
    expect(frontmatter).toHaveProperty("description");
  });

  it("names the skill mlflow-tracking: kebab-case, at most 64 characters, no reserved word", () => {
    const name = frontmatter.name as string;

    expect(name).toBe("mlflow-tracking");
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(name).not.toMatch(/anthropic|claude/);
  });

  it("quotes the description in the source, on one line", () => {
    expect(frontmatterText).toMatch(/^description: "[^\n]*"$/m);
  });

  describe("the description", () => {
    const description = frontmatter.description as string;

    it("is 1 to 1024 characters, with no < or > (Anthropic's validator refuses them)", () => {
      expect(typeof description).toBe("string");
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(1024);
      expect(description).not.toMatch(/[<>]/);
    });

    it("is in the third person: it opens with a verb such as Logs, never I or You", () => {
      expect(description).toMatch(/^[A-Z][a-z]+s\b/);
      expect(description).not.toMatch(/\b(I|I'm|my|you|your)\b/i);
    });

    it("names the tasks that should trigger it", () => {
      expect(description).toMatch(/log a backtest/i);
      expect(description).toMatch(/MLflow metrics/i);
      expect(description).toMatch(/experiment tracking/i);
      expect(description).toMatch(/search or compare runs/i);
      expect(description).toMatch(/QuantStats metrics?/i);
      expect(description).toMatch(/Use when/);
    });
  });

  it("keeps compatibility within 500 characters and metadata as strings", () => {
    if (frontmatter.compatibility !== undefined) {
      expect(String(frontmatter.compatibility).length).toBeLessThanOrEqual(500);
    }
    const metadata = (frontmatter.metadata ?? {}) as Record<string, unknown>;
    for (const value of Object.values(metadata)) expect(typeof value).toBe("string");
  });
});

describe("SKILL.md body", () => {
  it("is under 500 lines", () => {
    expect(body.split("\n").length).toBeLessThan(500);
  });

  it("tells the agent to use the Base directory line when the token was not replaced", () => {
    expect(body).toContain(SKILL_DIR_TOKEN);
    expect(body).toMatch(
      /if that text is still there[\s\S]{0,120}"Base directory for this skill"/i,
    );
  });

  it("gives at least one command for each of the four scripts", () => {
    const scripts = new Set(skillCommands(body).map(scriptOf));
    expect([...scripts].sort()).toEqual([
      "create_experiment",
      "local_server",
      "log_backtest",
      "query_runs",
    ]);
  });

  it('runs every command as node "${CLAUDE_SKILL_DIR}/dist/NAME.mjs", with the exact token', () => {
    const commands = skillCommands(body);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command, command).toMatch(/^node "\$\{CLAUDE_SKILL_DIR\}\/dist\/[a-z_]+\.mjs"( |$)/);
      expect(scriptOf(command), command).toBeDefined();
    }
  });

  it("never spells the folder any other way that would not be replaced", () => {
    // Claude Code replaces the braced token only; $CLAUDE_SKILL_DIR and ${CLAUDE_SKILL_DIR:-x}
    // reach the shell as an empty variable. ${CLAUDE_PLUGIN_ROOT} is not the skill's folder.
    const withoutToken = body.split(SKILL_DIR_TOKEN).join("");
    expect(withoutToken).not.toMatch(/\$\{?CLAUDE_[A-Z_]+/);
  });

  it("puts no script path in a code block or code span without the token before it", () => {
    const code = [
      ...codeLines(body).map(({ line }) => line),
      ...[...body.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!),
    ];
    for (const text of code) {
      for (const match of text.matchAll(/(\S*)\b(dist\/[a-z_]+\.mjs|scripts\/[a-z_]+\.ts)/g)) {
        expect(match[1], `${text}: ${match[2]} without ${SKILL_DIR_TOKEN}/`).toMatch(
          /\$\{CLAUDE_SKILL_DIR\}\/$/,
        );
      }
    }
  });

  it("links only to files that exist: markdown links and references/ mentions", () => {
    const targets = new Set<string>();
    for (const match of body.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1]!.split("#")[0]!;
      if (target !== "" && !/^[a-z]+:/i.test(target)) targets.add(target);
    }
    for (const match of body.matchAll(/\breferences\/[A-Za-z0-9_.-]*[A-Za-z0-9_]/g)) {
      targets.add(match[0]);
    }

    expect(targets.size).toBeGreaterThan(0);
    for (const target of targets) {
      const path = normalize(join(ROOT, target));
      expect(path.startsWith(ROOT), `${target} leaves the skill folder`).toBe(true);
      expect(existsSync(path), `SKILL.md mentions ${target}, which does not exist`).toBe(true);
    }
  });

  it("says when to read each reference file", () => {
    const references = [
      "authentication.md",
      "metrics.md",
      "query-patterns.md",
      "input-formats.md",
      "migration.md",
      "troubleshooting.md",
    ];
    const section = body.slice(body.indexOf("## References"));
    for (const file of references) {
      expect(section, `no "when to read" line for ${file}`).toMatch(
        new RegExp(`references/${file.replace(".", "\\.")}\`: \\S`),
      );
    }
  });

  it("lists every reference file present in references/", () => {
    // A reference nobody is told about is never read: progressive disclosure only works
    // through SKILL.md.
    const listed = readFileSync(join(ROOT, "SKILL.md"), "utf8");
    const present = readdirSync(join(ROOT, "references"));
    for (const file of present) expect(listed, file).toContain(`references/${file}`);
  });
});
