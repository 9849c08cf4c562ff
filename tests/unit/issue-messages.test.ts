/** zod issues reworded for researchers. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeValue, reportIssue } from "../../src/core/dataset/issue-messages.ts";

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap(reportIssue).map((r) => r.message);
}

describe("reportIssue", () => {
  it("names missing fields", () => {
    expect(messages(z.object({ title: z.string() }), {})).toEqual([
      "missing required field 'title'",
    ]);
  });

  it("gives expected and found types", () => {
    expect(messages(z.string(), 5)).toEqual(["expected string, got number"]);
    expect(messages(z.array(z.string()), { a: 1 })).toEqual(["expected array, got object"]);
    expect(messages(z.boolean(), "true")).toEqual(["expected boolean, got string"]);
  });

  it("lists allowed values", () => {
    expect(messages(z.enum(["a", "b"]), "c")).toEqual(['expected one of a, b; got "c"']);
    expect(messages(z.literal("1.0"), 1)).toEqual(['expected "1.0", got 1']);
  });

  it("explains sizes and lengths", () => {
    expect(messages(z.string().max(3), "abcd")).toEqual([
      "must be at most 3 characters long (it has 4)",
    ]);
    expect(messages(z.string().min(2), "a")).toEqual([
      "must be at least 2 characters long (it has 1)",
    ]);
    expect(messages(z.array(z.number()).min(1), [])).toEqual([
      "must not be empty (needs at least one item)",
    ]);
    expect(messages(z.array(z.number()).max(1), [1, 2])).toEqual([
      "must have at most 1 items (it has 2)",
    ]);
    expect(messages(z.number().gt(0), 0)).toEqual(["must be greater than 0, got 0"]);
    expect(messages(z.number().int(), 1.5)).toEqual(["expected a whole number, got 1.5"]);
  });

  it("keeps the schema's own messages", () => {
    expect(messages(z.string().min(1, { message: "must not be empty" }), "")).toEqual([
      "must not be empty",
    ]);
    expect(messages(z.string().regex(/^a$/, { message: "must be a" }), "b")).toEqual(["must be a"]);
  });

  it("shows a pattern when the schema gives no message", () => {
    expect(messages(z.string().regex(/^a$/), "b")).toEqual(["must match the pattern /^a$/"]);
  });

  it("reports each unknown key at its key", () => {
    const result = z.strictObject({}).safeParse({ x: 1, y: 2 });
    expect(result.success ? [] : result.error.issues.flatMap(reportIssue)).toEqual([
      { path: ["x"], message: "unknown field 'x'", atKey: true },
      { path: ["y"], message: "unknown field 'y'", atKey: true },
    ]);
  });

  it("falls back to a plain sentence for unions of shapes", () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    expect(messages(schema, { c: 1 })).toEqual(["does not match any of the allowed forms"]);
  });
});

describe("describeValue", () => {
  it("renders values briefly", () => {
    expect(describeValue("x")).toBe('"x"');
    expect(describeValue("y".repeat(100))).toBe(JSON.stringify("y".repeat(59) + "…"));
    expect([null, 2, true, [], {}].map(describeValue)).toEqual([
      "null",
      "2",
      "true",
      "an array",
      "an object",
    ]);
  });
});
