/**
 * When the app takes its phone layout (header with a menu, full-bleed map, bottom sheet): narrow screens held
 * upright (320–480 px), and phones turned sideways, which are short but wide. A short window on a desktop
 * (fine pointer) keeps the desktop layout; a narrow one does not, since nothing else fits there.
 */
export const phoneMediaQuery = '(max-width: 480px), (max-height: 480px) and (orientation: landscape) and (pointer: coarse)';

