// What other features and the app shell may use of the take-aways (briefs printed or saved as a PNG).
export { TakeAwayHost } from './take-away-host';
export { takeAway, useTakeAwayBusy, type TakeAwayKind, type TakeAwaySheet } from './take-away-job';
