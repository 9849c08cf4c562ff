/** Cross-reference rules (unique ids, known actors, sources and terms) and the vocabulary's base. */
import { describe, expect, it } from "vitest";
import { check, positionOf } from "./helpers/dataset-text.ts";

describe("duplicate ids", () => {
  it("rejects duplicate actor ids", () => {
    const { text, problems } = check((d) => (d.actors[1]!.id = "abish"));
    expect(problems).toContainEqual({
      ...positionOf(text, '"abish"', 2),
      path: "actors[1].id",
      message: "duplicate actor id 'abish' (first used by actors[0])",
    });
  });

  it("rejects duplicate tie ids", () => {
    const { text, problems } = check((d) => d.ties.push({ ...d.ties[0]!, certainty: "reported" }));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"abish-knb"', 2),
        path: "ties[1].id",
        message: "duplicate tie id 'abish-knb' (first used by ties[0])",
      },
    ]);
  });

  it("rejects duplicate source ids", () => {
    const { text, problems } = check((d) => d.sources!.push({ id: "memo", title: "Another" }));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"memo"', 2),
        path: "sources[1].id",
        message: "duplicate source id 'memo' (first used by sources[0])",
      },
    ]);
  });

  it("rejects duplicate event ids", () => {
    const { text, problems } = check((d) =>
      d.events!.push({ id: "riot", title: "Again", date: "2022" }),
    );
    expect(problems).toEqual([
      {
        ...positionOf(text, '"riot"', 2),
        path: "events[1].id",
        message: "duplicate event id 'riot' (first used by events[0])",
      },
    ]);
  });

  it("rejects duplicate vocabulary terms", () => {
    const { text, problems } = check((d) => {
      d.vocabulary = {
        domains: [
          { id: "clan", label: "Clan", color: "#112233" },
          { id: "clan", label: "Clan again", color: "#112233" },
        ],
        roles: [
          { id: "broker", label: "Broker", shape: "tag" },
          { id: "broker", label: "Broker again", shape: "tag" },
        ],
        tieTypes: [
          { id: "loan", label: "Loan", directed: true, color: "#000000" },
          { id: "loan", label: "Loan again", directed: true, color: "#000000" },
        ],
      };
    });
    expect(problems).toEqual([
      {
        ...positionOf(text, '"clan"', 2),
        path: "vocabulary.domains[1].id",
        message: "duplicate domain id 'clan' (first used by vocabulary.domains[0])",
      },
      {
        ...positionOf(text, '"broker"', 2),
        path: "vocabulary.roles[1].id",
        message: "duplicate role id 'broker' (first used by vocabulary.roles[0])",
      },
      {
        ...positionOf(text, '"loan"', 2),
        path: "vocabulary.tieTypes[1].id",
        message: "duplicate tie type id 'loan' (first used by vocabulary.tieTypes[0])",
      },
    ]);
  });
});

describe("references", () => {
  it("rejects a tie pointing to an unknown actor", () => {
    const { text, problems } = check((d) => (d.ties[0]!.target = "knb2"));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"knb2"'),
        path: "ties[0].target",
        message: "tie 'abish-knb' points to unknown actor 'knb2'",
      },
    ]);
  });

  it("rejects a tie starting from an unknown actor", () => {
    const { text, problems } = check((d) => (d.ties[0]!.source = "nazarbayev"));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"nazarbayev"'),
        path: "ties[0].source",
        message: "tie 'abish-knb' points to unknown actor 'nazarbayev'",
      },
    ]);
  });

  it("rejects a self-tie", () => {
    const { text, problems } = check((d) => (d.ties[0]!.target = "abish"));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"abish"', 3), // the actor's id, the tie's source, the tie's target
        path: "ties[0].target",
        message: "tie 'abish-knb' connects actor 'abish' to itself",
      },
    ]);
  });

  it("rejects an event participant that is not an actor", () => {
    const { text, problems } = check((d) => d.events![0]!.participants!.push({ actor: "crowd" }));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"crowd"'),
        path: "events[0].participants[1].actor",
        message: "event 'riot' names unknown actor 'crowd'",
      },
    ]);
  });

  it("rejects evidence citing an unknown source, in ties, actors and events", () => {
    const { text, problems } = check((d) => {
      d.actors[0]!.evidence = [{ source: "memo-2" }];
      d.ties[0]!.evidence![0]!.source = "memo-3";
      d.events![0]!.evidence = [{ source: "memo-4", quote: "x" }];
    });
    expect(problems).toEqual([
      {
        ...positionOf(text, '"memo-2"'),
        path: "actors[0].evidence[0].source",
        message: "actor 'abish' cites unknown source 'memo-2'",
      },
      {
        ...positionOf(text, '"memo-3"'),
        path: "ties[0].evidence[0].source",
        message: "tie 'abish-knb' cites unknown source 'memo-3'",
      },
      {
        ...positionOf(text, '"memo-4"'),
        path: "events[0].evidence[0].source",
        message: "event 'riot' cites unknown source 'memo-4'",
      },
    ]);
  });

  it("rejects unknown domains, roles and tie types", () => {
    const { text, problems } = check((d) => {
      d.actors[0]!.domains = ["security", "securty"];
      d.actors[1]!.roles = ["enforcr"];
      d.ties[0]!.type = "controls";
    });
    expect(problems).toEqual([
      {
        ...positionOf(text, '"securty"'),
        path: "actors[0].domains[1]",
        message: "actor 'abish' has unknown domain 'securty' (not in the vocabulary)",
      },
      {
        ...positionOf(text, '"enforcr"'),
        path: "actors[1].roles[0]",
        message: "actor 'knb' has unknown role 'enforcr' (not in the vocabulary)",
      },
      {
        ...positionOf(text, '"controls"'),
        path: "ties[0].type",
        message: "tie 'abish-knb' has unknown tie type 'controls' (not in the vocabulary)",
      },
    ]);
  });
});

describe("vocabulary", () => {
  const own = {
    domains: [{ id: "clan", label: "Clan", color: "#112233" }],
    roles: [{ id: "broker", label: "Broker", shape: "tag" as const }],
    tieTypes: [{ id: "loan", label: "Loan", directed: true, color: "#000000" }],
  };

  it("extends the built-in vocabulary by default", () => {
    const { problems } = check((d) => {
      d.vocabulary = own;
      d.actors[0]!.domains = ["clan", "security"];
      d.actors[0]!.roles = ["broker", "patron"];
      d.ties.push({ ...d.ties[0]!, id: "loan-1", type: "loan" });
    });
    expect(problems).toEqual([]);
  });

  it("lets a dataset redefine a built-in term", () => {
    const { problems } = check((d) => {
      d.vocabulary = { domains: [{ id: "security", label: "Siloviki", color: "#000000" }] };
    });
    expect(problems).toEqual([]);
  });

  it("with base 'none', knows only the dataset's own terms", () => {
    const { text, problems } = check((d) => (d.vocabulary = { base: "none", ...own }));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        "actors[0].domains[0]",
        "actor 'abish' has unknown domain 'security' (not in the vocabulary)",
      ],
      ["actors[0].roles[0]", "actor 'abish' has unknown role 'patron' (not in the vocabulary)"],
      ["actors[1].domains[0]", "actor 'knb' has unknown domain 'security' (not in the vocabulary)"],
      ["actors[1].roles[0]", "actor 'knb' has unknown role 'enforcer' (not in the vocabulary)"],
      ["ties[0].type", "tie 'abish-knb' has unknown tie type 'control' (not in the vocabulary)"],
    ]);
    expect(problems[0]).toMatchObject(positionOf(text, '"security"'));
  });

  it("with base 'none' and its own terms in use, is valid", () => {
    const { problems } = check((d) => {
      d.vocabulary = { base: "none", ...own };
      for (const actor of d.actors) Object.assign(actor, { domains: ["clan"], roles: ["broker"] });
      d.ties[0]!.type = "loan";
    });
    expect(problems).toEqual([]);
  });

  it("rejects an unknown base", () => {
    const { text, problems } = check((d) => (d.vocabulary = { base: "empty" as never }));
    expect(problems).toEqual([
      {
        ...positionOf(text, '"empty"'),
        path: "vocabulary.base",
        message: 'expected one of default, none; got "empty"',
      },
    ]);
  });
});

describe("strict rules", () => {
  it("are not applied unless asked for", () => {
    expect(check(() => {}).problems).toEqual([]);
  });

  it("require evidence on every actor and tie, and a quote in every evidence item", () => {
    const { text, problems } = check(
      (d) => {
        d.actors[0]!.evidence = [{ source: "memo", quote: "Abish" }];
        d.ties[0]!.evidence = [];
        d.events![0]!.evidence = [{ source: "memo", locator: "p. 2" }];
      },
      { strict: true },
    );
    expect(problems).toEqual([
      {
        ...positionOf(text, '{\n      "id": "knb"'),
        path: "actors[1]",
        message: "actor 'knb' has no evidence",
      },
      {
        ...positionOf(text, '{\n      "id": "abish-knb"'),
        path: "ties[0]",
        message: "tie 'abish-knb' has no evidence",
      },
      {
        ...positionOf(text, '{\n          "source": "memo",\n          "locator"'),
        path: "events[0].evidence[0]",
        message: "event 'riot' has an evidence item without a quote",
      },
    ]);
  });

  it("do not require evidence on events", () => {
    const { problems } = check(
      (d) => {
        for (const actor of d.actors) actor.evidence = [{ source: "memo", quote: "Abish" }];
      },
      { strict: true },
    );
    expect(problems).toEqual([]);
  });
});
