export * from "./problem.js";
export * from "./level.js";
export * from "./unit.js";
export * from "./agency.js";
export * from "./period.js";
export * from "./outline.js";
export * from "./report.js";
export * from "./parse.js";
