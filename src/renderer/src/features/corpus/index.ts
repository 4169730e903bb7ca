export { CorpusView } from './CorpusView';
export { ViewSwitch } from './ViewSwitch';
export { viewStore } from './view-store';
