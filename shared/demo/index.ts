/** The demo plans built from the two seeds, and demo self-scores for their groups (decision 0002). */
export { brvt2023 } from './brvt-2023';
export { dongnai2020 } from './dongnai-2020';
export { type DemoScore, demoPlans, demoScores } from './sheets';
export { DEFAULT_BANDS, type SheetKind, sectorTemplate } from './templates';
