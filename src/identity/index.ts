export * from './types.js';
export type { IdentityRepository, IdentityStore } from './ports.js';
export { createOrganization } from './create-organization.js';
export { createUser } from './create-user.js';
export { hashPassword, verifyPassword } from './password.js';
