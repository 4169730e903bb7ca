export { AttributionEditor } from './AttributionEditor';
export { CorrectionControls } from './CorrectionControls';
export { CorrectionsPanel } from './CorrectionsPanel';
export { MergeControls } from './MergeControls';
export { correctionsStore, refreshCorrections } from './corrections-store';
