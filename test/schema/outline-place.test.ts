import { describe, expect, it } from "vitest";
import { outlinePlace } from "../../src/schema/index.js";

describe("outlinePlace", () => {
  it.each([
    [[], {}],
    [["3"], { section: "3" }],
    [["6.3"], { section: "6", item: "6.3" }],
    [["3", "3.1"], { section: "3", item: "3.1" }],
    [["3", "assessment", "assessment.limitations"], { section: "3", part: "assessment.limitations" }],
    [["recommendations", "recommendations.government"], { part: "recommendations.government" }],
    [["nextTasks"], { part: "nextTasks" }],
    // Several items: the last (innermost) one wins.
    [["6.1", "3.1"], { section: "3", item: "3.1" }],
  ] as const)("%j → %j", (tags, place) => {
    expect(outlinePlace(tags)).toEqual(place);
  });
});
