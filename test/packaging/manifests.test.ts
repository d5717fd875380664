import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { ROOT, readSkillMd } from "./helpers.ts";

// The plugin and marketplace manifests by Claude Code's plugin reference and marketplace docs
// (summarised in /work/shared/reference/claude-skills.md, section 2): `/plugin marketplace add`
// on this repository reads .claude-plugin/marketplace.json, whose entry points at the
// repository root ("./"), where .claude-plugin/plugin.json and the lone SKILL.md make a
// single-skill plugin.

const readJson = (path: string) =>
  JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Record<string, any>;

const plugin = readJson(".claude-plugin/plugin.json");
const marketplace = readJson(".claude-plugin/marketplace.json");
const packageJson = readJson("package.json");
const skill = readSkillMd();

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Fields plugin.json may hold; anything else is a warning in `claude plugin validate`. */
const PLUGIN_FIELDS = [
  "$schema",
  "name",
  "displayName",
  "version",
  "description",
  "author",
  "homepage",
  "repository",
  "license",
  "keywords",
  "metadata",
  "defaultEnabled",
  "skills",
  "commands",
  "agents",
  "workflows",
  "hooks",
  "mcpServers",
  "outputStyles",
  "lspServers",
  "experimental",
  "userConfig",
  "channels",
  "dependencies",
];

/** Names the marketplace docs reserve for Anthropic's own marketplaces. */
const RESERVED_MARKETPLACE_NAMES = [
  "claude-plugins-official",
  "anthropic-agent-skills",
  "agent-skills",
  "claude-code-plugins",
];

describe(".claude-plugin/plugin.json", () => {
  it("holds only fields Claude Code knows", () => {
    for (const key of Object.keys(plugin)) expect(PLUGIN_FIELDS, key).toContain(key);
  });

  it("has a kebab-case name, the same as the skill's", () => {
    expect(plugin.name).toMatch(KEBAB);
    expect(plugin.name).toBe(skill.frontmatter.name);
  });

  it("has a description, a semver version, an author with a name, a licence and keywords", () => {
    expect(typeof plugin.description).toBe("string");
    expect(plugin.description.trim().length).toBeGreaterThan(0);
    expect(plugin.version).toMatch(SEMVER);
    expect(typeof plugin.author?.name).toBe("string");
    expect(plugin.author.name.trim().length).toBeGreaterThan(0);
    expect(plugin.license).toBe(packageJson.license);
    expect(Array.isArray(plugin.keywords)).toBe(true);
    expect(plugin.keywords.length).toBeGreaterThan(0);
    for (const keyword of plugin.keywords) expect(typeof keyword).toBe("string");
  });

  it("gives component paths, if any, relative to the plugin root", () => {
    for (const field of ["skills", "commands", "agents", "hooks", "mcpServers", "outputStyles"]) {
      const value = plugin[field];
      if (value === undefined || typeof value === "object") continue;
      expect(value, field).toMatch(/^\.(\/|$)/);
    }
  });
});

describe(".claude-plugin/marketplace.json", () => {
  it("has a kebab-case name that no official marketplace holds, and an owner with a name", () => {
    expect(marketplace.name).toMatch(KEBAB);
    expect(RESERVED_MARKETPLACE_NAMES).not.toContain(marketplace.name);
    expect(typeof marketplace.owner?.name).toBe("string");
    expect(marketplace.owner.name.trim().length).toBeGreaterThan(0);
  });

  it("lists this plugin once, at the repository root, under its own name", () => {
    const plugins = marketplace.plugins as Record<string, any>[];
    expect(Array.isArray(plugins)).toBe(true);
    const names = plugins.map((entry) => entry.name);
    expect(new Set(names).size, "duplicate plugin names").toBe(names.length);

    const entry = plugins.find((candidate) => candidate.name === plugin.name);
    expect(entry, `no entry named ${plugin.name}`).toBeDefined();
    expect(entry!.source).toBe("./");
  });

  it("uses relative sources that stay inside the repository", () => {
    for (const entry of marketplace.plugins as Record<string, any>[]) {
      if (typeof entry.source !== "string") continue;
      expect(entry.source).toMatch(/^\.\//);
      expect(entry.source).not.toMatch(/(^|\/)\.\.(\/|$)/);
    }
  });

  it("does not set strict: false, which would make the entry override plugin.json", () => {
    const entry = (marketplace.plugins as Record<string, any>[]).find(
      (candidate) => candidate.name === plugin.name,
    );
    expect(entry!.strict ?? true).toBe(true);
  });
});

describe("versions", () => {
  it("agree in package.json, plugin.json, the marketplace entry and SKILL.md", () => {
    const entry = (marketplace.plugins as Record<string, any>[]).find(
      (candidate) => candidate.name === plugin.name,
    );
    const skillVersion = (skill.frontmatter.metadata as Record<string, unknown> | undefined)
      ?.version;

    expect(packageJson.version).toMatch(SEMVER);
    expect(plugin.version).toBe(packageJson.version);
    expect(entry!.version).toBe(packageJson.version);
    expect(skillVersion).toBe(packageJson.version);
  });
});

describe("plugin layout", () => {
  it("keeps only the two manifests in .claude-plugin/", () => {
    expect(readdirSync(join(ROOT, ".claude-plugin")).sort()).toEqual([
      "marketplace.json",
      "plugin.json",
    ]);
  });

  it("tracks no .claude/ folder, which hides a plugin's skills, and no node_modules", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n");
    expect(tracked.filter((path) => /(^|\/)\.claude\//.test(path))).toEqual([]);
    expect(tracked.filter((path) => /(^|\/)node_modules\//.test(path))).toEqual([]);
  });
});
