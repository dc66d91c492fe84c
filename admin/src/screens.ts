/**
 * Registers every feature's screens (routes.tsx) by importing them for their side effects: one
 * line per feature, so two features never edit the same list.
 */
import './editor/editor-screens';
import './review/review-screens';
import './settings/settings-screens';
