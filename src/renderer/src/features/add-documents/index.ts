export { AddDocumentsButton, YourDocumentsLink } from './AddDocumentsButton';
export { AddProgressPanel } from './AddProgressPanel';
export { DropTarget } from './DropTarget';
export { UserDocumentsDialog } from './UserDocumentsDialog';
export { watchAddStatus } from './add-documents-store';
import './add-documents.css';
