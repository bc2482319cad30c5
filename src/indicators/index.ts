export * from "./types.js";
export * from "./elements.js";
export * from "./indicators.js";
export * from "./breakdowns.js";
export * from "./scores.js";
export * from "./catalog.js";
