// What other features may use of the industry brief; everything else in this folder is its own.
export { IndustryBriefActions } from './industry-brief-actions';
