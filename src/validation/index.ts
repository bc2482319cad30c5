export * from "./narrative/index.js";
