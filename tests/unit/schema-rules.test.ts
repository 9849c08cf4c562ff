/** Structural rules of the dataset schema: each crafted failure asserts the JSON path, message and position. */
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { check, minimalDataset, positionOf } from "./helpers/dataset-text.ts";

const DATE_MESSAGE = "must be a real ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD";
const URL_MESSAGE = "must be an http:// or https:// URL";

describe("a minimal dataset", () => {
  it("is valid", () => {
    const result = parseDataset(JSON.stringify(minimalDataset(), null, 2));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.actors.map((a) => a.id)).toEqual(["abish", "knb"]);
  });

  it("is valid without the optional collections", () => {
    const { problems } = check((d) => {
      delete d.sources;
      delete d.events;
      d.ties[0]!.evidence = undefined;
    });
    expect(problems).toEqual([]);
  });
});

describe("top level", () => {
  it("rejects an unknown top-level key, pointing at the key", () => {
    const { text, problems } = check((d) => Object.assign(d, { extra: 1 }));
    expect(problems).toEqual([
      { ...positionOf(text, '"extra"'), path: "extra", message: "unknown field 'extra'" },
    ]);
  });

  it("reports each unknown key of an object on its own line", () => {
    const { text, problems } = check((d) => Object.assign(d.meta, { titel: "x", colour: "red" }));
    expect(problems).toEqual([
      { ...positionOf(text, '"titel"'), path: "meta.titel", message: "unknown field 'titel'" },
      { ...positionOf(text, '"colour"'), path: "meta.colour", message: "unknown field 'colour'" },
    ]);
  });

  it("rejects a bad schemaVersion", () => {
    const { text, problems } = check((d) => Object.assign(d, { schemaVersion: "2.0" }));
    expect(problems).toEqual([
      { ...positionOf(text, '"2.0"'), path: "schemaVersion", message: 'expected "1.0", got "2.0"' },
    ]);
  });

  it("rejects a missing meta.title, located at meta", () => {
    const { text, problems } = check((d) => Object.assign(d, { meta: {} }));
    expect(problems).toEqual([
      { ...positionOf(text, "{}"), path: "meta.title", message: "missing required field 'title'" },
    ]);
  });

  it("rejects a blank meta.title", () => {
    const { text, problems } = check((d) => (d.meta.title = "   "));
    expect(problems).toEqual([
      { ...positionOf(text, '"   "'), path: "meta.title", message: "must not be empty" },
    ]);
  });

  it("rejects ties that are not an array", () => {
    const { text, problems } = check((d) => (d.ties = null as never));
    expect(problems).toEqual([
      { ...positionOf(text, "null"), path: "ties", message: "expected array, got null" },
    ]);
  });

  it("rejects a file that is not an object", () => {
    expect(parseDataset("[]").problems).toEqual([
      { line: 1, column: 1, path: "", message: "expected object, got array" },
    ]);
  });
});

describe("ids and values", () => {
  it("rejects an id that is not a slug", () => {
    const { text, problems } = check((d) => (d.actors[1]!.id = "KNB_2"));
    const message = "must be a slug: lower-case letters, digits and single hyphens";
    expect(problems).toEqual([
      { ...positionOf(text, '"KNB_2"'), path: "actors[1].id", message },
      {
        ...positionOf(text, '"knb"'),
        path: "ties[0].target",
        message: "tie 'abish-knb' points to unknown actor 'knb'",
      },
    ]);
  });

  it("says which type was expected and which was found", () => {
    const { text, problems } = check((d) => (d.actors[0]!.name = 42 as never));
    expect(problems).toEqual([
      { ...positionOf(text, "42"), path: "actors[0].name", message: "expected string, got number" },
    ]);
  });

  it("lists the allowed values of an enum", () => {
    const { text, problems } = check((d) => (d.actors[0]!.kind = "persona" as never));
    const allowed =
      "person, family, organization, group, institution, state, international-organization, crowd, facility";
    expect(problems).toEqual([
      {
        ...positionOf(text, '"persona"'),
        path: "actors[0].kind",
        message: `expected one of ${allowed}; got "persona"`,
      },
    ]);
  });

  it("rejects an unknown certainty", () => {
    const { text, problems } = check((d) => (d.ties[0]!.certainty = "sure" as never));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"sure"'),
        path: "ties[0].certainty",
        message: 'expected one of established, reported, alleged, claimed, disputed; got "sure"',
      },
    ]);
  });

  it("requires at least one domain", () => {
    const { text, problems } = check((d) => (d.actors[0]!.domains = []));
    expect(problems).toEqual([
      {
        ...positionOf(text, "[]"),
        path: "actors[0].domains",
        message: "an actor needs at least one domain",
      },
    ]);
  });

  it("accepts only strings, numbers and booleans as attribute values", () => {
    const { text, problems } = check((d) => {
      d.actors[0]!.attributes = { rank: 3, note: "x", active: true, nested: { a: 1 } as never };
    });
    expect(problems).toEqual([
      {
        ...positionOf(text, '{\n          "a"'),
        path: "actors[0].attributes.nested",
        message: "expected string, number or boolean, got object",
      },
    ]);
  });
});

describe("dates and periods", () => {
  it.each(["2022-13", "2022-02-30", "yesterday", "2022-1-5", "22-01-05", "2023-02-29"])(
    "rejects the date %j",
    (date) => {
      const { text, problems } = check((d) => (d.events![0]!.date = date));
      expect(problems).toEqual([
        {
          ...positionOf(text, JSON.stringify(date)),
          path: "events[0].date",
          message: DATE_MESSAGE,
        },
      ]);
    },
  );

  it.each(["2022", "2022-01", "2022-01-31", "2024-02-29", "0004-02-29", "0000-02-29"])(
    "accepts the date %j",
    (date) => {
      expect(check((d) => (d.events![0]!.date = date)).problems).toEqual([]);
    },
  );

  it("rejects a period that ends before it starts", () => {
    const { text, problems } = check((d) => {
      d.actors[0]!.period = { start: "2022-02", end: "2022-01-31" };
    });
    expect(problems).toEqual([
      {
        ...positionOf(text, '"2022-01-31"'),
        path: "actors[0].period.end",
        message: "period ends (2022-01-31) before it starts (2022-02)",
      },
    ]);
  });

  it("orders years below 100 as years, not as 19xx", () => {
    const { problems } = check((d) => (d.ties[0]!.period = { start: "0022", end: "1900" }));
    expect(problems).toEqual([]);
  });

  it.each([
    ["2022-01-15", "2022-01"],
    ["2022", "2022-06"],
    ["2022-01", "2022"],
    ["2022-01-05", "2022-01-05"],
  ])("accepts a period from %s to %s (partial dates cover their whole span)", (start, end) => {
    expect(check((d) => (d.ties[0]!.period = { start, end })).problems).toEqual([]);
  });

  it("checks dates in a period and in meta", () => {
    const { text, problems } = check((d) => {
      d.meta.created = "2022-00";
      d.meta.case = { period: { start: "soon" } };
    });
    expect(problems).toEqual([
      { ...positionOf(text, '"2022-00"'), path: "meta.created", message: DATE_MESSAGE },
      { ...positionOf(text, '"soon"'), path: "meta.case.period.start", message: DATE_MESSAGE },
    ]);
  });
});

describe("events", () => {
  it("rejects an event without a date or a period", () => {
    const { text, problems } = check((d) => delete d.events![0]!.date);
    expect(problems).toEqual([
      {
        ...positionOf(text, '{\n      "id": "riot"'),
        path: "events[0].date",
        message: "an event needs a date or a period with a start or an end",
      },
    ]);
  });

  it("rejects an event whose period is empty", () => {
    const { problems } = check((d) => {
      delete d.events![0]!.date;
      d.events![0]!.period = {};
    });
    expect(problems.map((p) => p.message)).toEqual([
      "an event needs a date or a period with a start or an end",
    ]);
  });

  it("accepts an event with only a period", () => {
    const { problems } = check((d) => {
      delete d.events![0]!.date;
      d.events![0]!.period = { start: "2022-01-04" };
    });
    expect(problems).toEqual([]);
  });
});

describe("links", () => {
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/memo.pdf",
    "example.org/memo",
    "",
  ])("rejects the link %j", (url) => {
    const { text, problems } = check((d) => (d.sources![0]!.url = url));
    expect(problems).toEqual([
      { ...positionOf(text, JSON.stringify(url)), path: "sources[0].url", message: URL_MESSAGE },
    ]);
  });

  it.each(["http://example.org", "https://example.org/memo?page=2#p3", "HTTPS://EXAMPLE.ORG"])(
    "accepts the link %j",
    (url) => {
      expect(check((d) => (d.sources![0]!.url = url)).problems).toEqual([]);
    },
  );
});

describe("sizes", () => {
  it("rejects a size whose min exceeds its max", () => {
    const { text, problems } = check((d) => (d.actors[1]!.size = { min: 600, max: 500 }));
    expect(problems).toEqual([
      {
        ...positionOf(text, "500"),
        path: "actors[1].size.max",
        message: "size min must not exceed max",
      },
    ]);
  });

  it("rejects an empty size", () => {
    const { text, problems } = check((d) => (d.actors[1]!.size = {}));
    expect(problems).toEqual([
      {
        ...positionOf(text, "{}"),
        path: "actors[1].size",
        message: "a size needs min, max or text",
      },
    ]);
  });

  it("rejects a fractional or negative count", () => {
    const { text, problems } = check((d) => (d.actors[1]!.size = { min: 2.5, max: -1 }));
    expect(problems).toEqual([
      {
        ...positionOf(text, "2.5"),
        path: "actors[1].size.min",
        message: "expected a whole number, got 2.5",
      },
      {
        ...positionOf(text, "-1"),
        path: "actors[1].size.max",
        message: "must be at least 0, got -1",
      },
    ]);
  });

  it("accepts min equal to max, and text alone", () => {
    expect(check((d) => (d.actors[1]!.size = { min: 500, max: 500 })).problems).toEqual([]);
    expect(check((d) => (d.actors[1]!.size = { text: "about 500" })).problems).toEqual([]);
  });
});
