import { describe, expect, it } from "vitest";

import { escapeHtml } from "../../scripts/lib/tearsheet/escape.ts";

describe("escapeHtml", () => {
  it("replaces the five characters that can end a text or an attribute", () => {
    // Expected: the HTML entities for & < > " ' (HTML Living Standard, named references).
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("leaves other text alone, accents and symbols included", () => {
    expect(escapeHtml("Sortino/√2 · R² · déjà")).toBe("Sortino/√2 · R² · déjà");
  });
});
