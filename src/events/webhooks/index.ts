export * from './types.js';
export type {
  WebhookRepository,
  WebhookDeliveryRepository,
  WebhookStore,
  DeliveryFilter,
  AttemptOutcome,
  ResolveHost,
  UrlPolicy,
  WebhookRenderer,
  WebhookTransport,
  OutboundRequest,
  OutboundResult,
} from './ports.js';
export type { WebhooksContext } from './context.js';
export type { WebhookSettings } from './settings.js';
export { createWebhook, type CreateWebhookInput } from './create-webhook.js';
export { getWebhook, listWebhooks, SECRETS_PERMISSION } from './get-webhook.js';
export { updateWebhook } from './update-webhook.js';
export { transitionWebhook, type WebhookAction } from './transition-webhook.js';
export { rotateWebhookSecret, DEFAULT_ROTATION_OVERLAP_SECONDS } from './rotate-webhook-secret.js';
export { listWebhookDeliveries, redeliverWebhookDelivery } from './deliveries.js';
export { webhookFanOut, type FanOutDeps } from './fan-out.js';
export { webhookDeliveryJobHandler, attemptDelivery, type DeliveryDeps, USER_AGENT } from './deliver.js';
export { WEBHOOK_DELIVER_JOB } from './jobs.js';
export { webhookSealingKey } from './secret-box.js';
export { signWebhookPayload, personaSignature, standardWebhooksSignature, ED25519_PUBLIC_PREFIX } from './signing.js';
export { addressProblem, checkWebhookUrl, hostProblem } from './url-safety.js';
export { createHttpTransport, resolveHost, DELIVERY_TIMEOUT_MS, type HttpTransport, type HttpTransportOptions } from './http-transport.js';
export { createEndpointGate, type EndpointGate, type EndpointGateOptions } from './endpoint-gate.js';
export type { WebhookDisabledReason } from './webhook-events.js';
