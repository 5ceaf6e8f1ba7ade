// Importing this module registers every snapshot presenter (used by events and webhooks).
import './api-key.js';
export { presentEvent } from './event.js';
export { presentApiKey } from './api-key.js';
export { presentSnapshot, registerPresenter, type Viewer } from './registry.js';
