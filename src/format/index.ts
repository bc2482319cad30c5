export { formatViNumber, formatViPercent, formatViRatio } from "./number.js";
export { formatViDate, formatViShortDate, formatPlaceDate, parseIsoDate } from "./date.js";
export { normalizeNfc, hasLongMarkRun, MAX_MARK_RUN } from "./nfc.js";
