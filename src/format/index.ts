export { formatViNumber, formatViPercent, formatViRatio } from "./number.js";
export { formatViDate, formatViShortDate, formatPlaceDate, parseIsoDate } from "./date.js";
