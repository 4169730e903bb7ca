export { CorrectionControls } from './CorrectionControls';
export { CorrectionsPanel } from './CorrectionsPanel';
export { correctionsStore, refreshCorrections } from './corrections-store';
