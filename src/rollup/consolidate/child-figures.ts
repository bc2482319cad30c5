import type { StatedValue } from "../../schema/report.js";
import type { FigureFlag } from "../combine.js";

/** One child's figures, as the aggregation reads them. */
export interface ChildFigures {
  readonly unit: string;
  readonly unitName: string;
  readonly values: Readonly<Record<string, number | boolean>>;
  readonly stated: Readonly<Record<string, StatedValue>>;
  readonly flags: Readonly<Record<string, FigureFlag>>;
}
