export * from './readNumber.js';
export * from './clips.js';
export * from './readLabel.js';
export * from './announcementPhrases.js';
export * from './voiceManifest.js';
