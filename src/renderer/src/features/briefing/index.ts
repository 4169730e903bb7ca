// Briefing feature entry points used by the app shell (issue 7).
export { BriefingPanel } from './BriefingPanel';
export { useEntityDecorations } from './use-entity-decorations';
