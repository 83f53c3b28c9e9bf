export type { AudioBackend } from './AudioBackend.js';
export { AnnouncementQueue } from './AnnouncementQueue.js';
export type {
  Announcement,
  AnnouncementQueueOptions,
  DropReason,
  QueueEvent,
  QueuedAnnouncement,
  ScheduledAnnouncement,
  ScheduledClip,
} from './AnnouncementQueue.js';
export { createWebAudioBackend } from './createWebAudioBackend.js';
export type { AudioContextLike, AudioNodeLike, WebAudioBackend, WebAudioBackendOptions } from './createWebAudioBackend.js';
export { createFakeAudioBackend } from './createFakeAudioBackend.js';
export type { FakeAudioBackend, FakeAudioBackendOptions } from './createFakeAudioBackend.js';
export { loadVoiceManifest, voiceSetUrl } from './loadVoiceManifest.js';
