export * from "./interval.js";
export * from "./narrative/index.js";
