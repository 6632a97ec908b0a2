// What other features may use of presentation mode; everything else in this folder is its own.
export { PresentTheseButton } from './present-these-button';
