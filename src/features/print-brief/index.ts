// What other features may use of the printed zone brief; everything else in this folder is its own.
export { PrintBriefButton } from './print-brief-button';
