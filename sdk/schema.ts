/**
 * Types of the Tessera API, generated from /openapi.json by `npm run sdk:generate`.
 * Do not edit: a test fails when this file is out of date.
 */

export interface paths {
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OAuth 2.0 authorization server metadata (RFC 8414) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The metadata */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            introspection_endpoint: string;
                            introspection_endpoint_auth_methods_supported: string[];
                            /** @description The server's public base URL (`TESSERA_PUBLIC_URL`, else the request's scheme and host). */
                            issuer: string;
                            revocation_endpoint: string;
                            revocation_endpoint_auth_methods_supported: string[];
                            /** @description The API reference (`/docs/`). */
                            service_documentation: string;
                            /** @description The credential kinds both endpoints take (Tessera extension; every one is an OAuth `Bearer` access token). */
                            tessera_credential_kinds_supported: ("api_key" | "personal_access_token" | "user_api_token" | "session")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/core/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/core/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/core/v1/users/{user_id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        metadata?: {
                            createdBy?: string;
                            creationTimestamp?: string;
                            labels?: {
                                name: string;
                                value: string;
                            }[];
                            modificationTimestamp?: string;
                            modifiedBy?: string;
                        };
                        name: string;
                        /** @enum {string} */
                        type: "application/astra-token";
                        /** @enum {string} */
                        version: "1.0";
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    token_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored token resource; the "token" value is not returned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "application/astra-token",
                         *       "version": "1.0",
                         *       "id": "6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b",
                         *       "name": "automation",
                         *       "userID": "5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22",
                         *       "metadata": {
                         *         "labels": [],
                         *         "creationTimestamp": "2025-03-04T10:15:30.120000Z",
                         *         "modificationTimestamp": "2025-03-04T10:15:30.120000Z",
                         *         "createdBy": "5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22"
                         *       }
                         *     }
                         */
                        "application/astra-token+json": unknown;
                    };
                };
                /** @description Bad request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            correlationID?: string;
                            detail: string;
                            invalidParams?: {
                                name: string;
                                reason: string;
                            }[];
                            status: string;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            correlationID?: string;
                            detail: string;
                            invalidParams?: {
                                name: string;
                                reason: string;
                            }[];
                            status: string;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            correlationID?: string;
                            detail: string;
                            invalidParams?: {
                                name: string;
                                reason: string;
                            }[];
                            status: string;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            correlationID?: string;
                            detail: string;
                            invalidParams?: {
                                name: string;
                                reason: string;
                            }[];
                            status: string;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    token_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        metadata?: {
                            createdBy?: string;
                            creationTimestamp?: string;
                            labels?: {
                                name: string;
                                value: string;
                            }[];
                            modificationTimestamp?: string;
                            modifiedBy?: string;
                        };
                        name?: string;
                        /** @enum {string} */
                        type: "application/astra-token";
                        userID?: string;
                        /** @enum {string} */
                        version: "1.0";
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                    token_id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/connections/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/environments/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        "api-key-inflection"?: "kebab" | "camel" | "snake";
                        "api-version"?: string;
                        name: string;
                        permissions?: ("connection.read" | "connection.write" | "share_token.read" | "share_token.write" | "share_token.redeem" | "inquiry.read" | "inquiry.write" | "verification.read" | "verification.write" | "account.read" | "account.write" | "transaction.read" | "transaction.write" | "webhook.read" | "webhook.write" | "workflow.read" | "workflow.write" | "api_key.read" | "api_key.write" | "event.read" | "api_log.read" | "rate_limit.read" | "oauth.introspect")[];
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: {
                            "address-line-1"?: string | null;
                            "address-line-2"?: string | null;
                            city?: string | null;
                            country?: string | null;
                            "postal-code"?: string | null;
                            state?: string | null;
                        };
                        alias?: string;
                        description?: string | null;
                        email?: string | null;
                        name: string;
                        "rate-limit-per-minute"?: number;
                        "user-limit"?: number;
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/organizations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company?: string | null;
                        email: string;
                        "first-name"?: string;
                        "last-name"?: string;
                        metadata?: {
                            key: string;
                            value: string;
                            "view-permissions"?: string[];
                            visible?: boolean;
                        }[];
                        name?: string;
                        password?: string;
                        role: "owner" | "admin" | "member" | "viewer";
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company?: string | null;
                        disabled?: boolean;
                        "first-name"?: string;
                        "last-name"?: string;
                        metadata?: {
                            key: string;
                            value: string;
                            "view-permissions"?: string[];
                            visible?: boolean;
                        }[];
                        password?: string;
                        role?: "owner" | "admin" | "member" | "viewer";
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                "account-status"?: string;
                                "account-type-id"?: string;
                                "address-city"?: string | null;
                                "address-country-code"?: string | null;
                                "address-postal-code"?: string | null;
                                "address-street-1"?: string | null;
                                "address-street-2"?: string | null;
                                "address-subdivision"?: string | null;
                                birthdate?: string | null;
                                "email-address"?: string | null;
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                "identification-number"?: string | null;
                                "name-first"?: string | null;
                                "name-last"?: string | null;
                                "name-middle"?: string | null;
                                "phone-number"?: string | null;
                                "reference-id"?: string;
                                tags?: string[] | null;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                "account-status"?: string;
                                "account-type-id"?: string;
                                "address-city"?: string | null;
                                "address-country-code"?: string | null;
                                "address-postal-code"?: string | null;
                                "address-street-1"?: string | null;
                                "address-street-2"?: string | null;
                                "address-subdivision"?: string | null;
                                birthdate?: string | null;
                                "email-address"?: string | null;
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                "identification-number"?: string | null;
                                "name-first"?: string | null;
                                "name-last"?: string | null;
                                "name-middle"?: string | null;
                                "phone-number"?: string | null;
                                "reference-id"?: string;
                                tags?: string[] | null;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "api-attributes-blocklist"?: string[];
                                /** @enum {unknown} */
                                "api-key-inflection"?: "kebab" | "camel" | "snake";
                                /** @enum {unknown} */
                                "api-version"?: "2026-09-29" | "2025-12-08" | "2025-10-27" | "2023-01-05" | "2022-09-01" | "2021-08-18" | "2021-07-05" | "2021-02-21" | "2020-05-18";
                                "file-access-token-expires-in"?: number;
                                "ip-address-allowlist"?: string[];
                                name: string;
                                note?: string | null;
                                permissions?: ("connection.read" | "connection.write" | "share_token.read" | "share_token.write" | "share_token.redeem" | "inquiry.read" | "inquiry.write" | "verification.read" | "verification.write" | "account.read" | "account.write" | "transaction.read" | "transaction.write" | "webhook.read" | "webhook.write" | "workflow.read" | "workflow.write" | "api_key.read" | "api_key.write" | "event.read" | "api_log.read" | "rate_limit.read")[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "api-attributes-blocklist"?: string[];
                                /** @enum {unknown} */
                                "api-key-inflection"?: "kebab" | "camel" | "snake";
                                /** @enum {unknown} */
                                "api-version"?: "2026-09-29" | "2025-12-08" | "2025-10-27" | "2023-01-05" | "2022-09-01" | "2021-08-18" | "2021-07-05" | "2021-02-21" | "2020-05-18";
                                "file-access-token-expires-in"?: number;
                                "ip-address-allowlist"?: string[];
                                name?: string;
                                note?: string | null;
                                permissions?: ("connection.read" | "connection.write" | "share_token.read" | "share_token.write" | "share_token.redeem" | "inquiry.read" | "inquiry.write" | "verification.read" | "verification.write" | "account.read" | "account.write" | "transaction.read" | "transaction.write" | "webhook.read" | "webhook.write" | "workflow.read" | "workflow.write" | "api_key.read" | "api_key.write" | "event.read" | "api_log.read" | "rate_limit.read")[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        meta: {
                            "expires-in-seconds": number;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "destination-organization-id": string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/connections/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/connections/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/connections/{id}/peek-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "peek-source-data"?: boolean;
                                "peek-visible-fields"?: string[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/connect/connections/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/share-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationships to serialize in `included`: `connection` or `connect-connection` (the connection as the caller reads it; needs connection.read), `creator` (the API key, user or workflow that created the token; source only; an API key needs api_key.read, a workflow workflow.read), `source` (source only), `destination` (destination only). `include=` answers `included: []`; another name → 400. */
                    include?: string;
                };
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "attributes": {
                     *           "connection-id": "cxn_ABC123",
                     *           "source-id": "inq_ABC123"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: {
                            attributes: {
                                "connection-id": string;
                                "expires-in-seconds"?: number;
                                "source-id": string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description The share token, created */
                201: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "data": {
                         *         "type": "connect/share-token",
                         *         "id": "cnst_ABC123",
                         *         "attributes": {
                         *           "status": "created",
                         *           "created-at": "2025-10-14T22:36:51.907Z",
                         *           "updated-at": "2025-10-14T22:36:51.907Z",
                         *           "pending-at": null,
                         *           "redeemed-at": null,
                         *           "expires-at": null
                         *         },
                         *         "relationships": {
                         *           "connect-connection": {
                         *             "data": {
                         *               "type": "connect/connection",
                         *               "id": "cxn_ABC123"
                         *             }
                         *           },
                         *           "creator": {
                         *             "data": {
                         *               "type": "api-key",
                         *               "id": "api_ABC123"
                         *             }
                         *           },
                         *           "source": {
                         *             "data": {
                         *               "type": "inquiry",
                         *               "id": "inq_ABC123"
                         *             }
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/share-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationships to serialize in `included`: `connection` or `connect-connection` (the connection as the caller reads it; needs connection.read), `creator` (the API key, user or workflow that created the token; source only; an API key needs api_key.read, a workflow workflow.read), `source` (source only), `destination` (destination only). `include=` answers `included: []`; another name → 400. */
                    include?: string;
                };
                header?: {
                    /** @description Casing of the response keys. */
                    "Key-Inflection"?: "camel" | "kebab" | "snake";
                    /** @description Server API version. */
                    "Persona-Version"?: "2026-09-29" | "2025-12-08" | "2025-10-27" | "2023-01-05" | "2022-09-01" | "2021-08-18" | "2021-07-05" | "2021-02-21" | "2020-05-18";
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A share token resource */
                200: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "data": {
                         *         "type": "connect/share-token",
                         *         "id": "cnst_ABC123",
                         *         "attributes": {
                         *           "status": "created",
                         *           "created-at": "2025-10-14T22:36:51.907Z",
                         *           "updated-at": "2025-10-14T22:36:51.907Z",
                         *           "pending-at": null,
                         *           "redeemed-at": null,
                         *           "expires-at": null
                         *         },
                         *         "relationships": {
                         *           "connect-connection": {
                         *             "data": {
                         *               "type": "connect/connection",
                         *               "id": "cxn_ABC123"
                         *             }
                         *           },
                         *           "creator": {
                         *             "data": {
                         *               "type": "api-key",
                         *               "id": "api_ABC123"
                         *             }
                         *           },
                         *           "source": {
                         *             "data": {
                         *               "type": "inquiry",
                         *               "id": "inq_ABC123"
                         *             }
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/share-tokens/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationships to serialize in `included`: `connection` or `connect-connection` (the connection as the caller reads it; needs connection.read), `creator` (the API key, user or workflow that created the token; source only; an API key needs api_key.read, a workflow workflow.read), `source` (source only), `destination` (destination only). `include=` answers `included: []`; another name → 400. */
                    include?: string;
                };
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connect/share-tokens/{id}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated relationships to serialize in `included`: `connection` or `connect-connection` (the connection as the caller reads it; needs connection.read), `creator` (the API key, user or workflow that created the token; source only; an API key needs api_key.read, a workflow workflow.read), `source` (source only), `destination` (destination only). `include=` answers `included: []`; another name → 400. */
                    include?: string;
                };
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: {
                                "destination-id"?: string;
                            };
                        };
                        meta?: {
                            "field-mappings"?: {
                                "destination-field-name": string;
                                "source-field-name": string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "account-id"?: string | null;
                                "creator-email-address"?: string | null;
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                "initial-step-name"?: string | null;
                                "inquiry-template-id"?: string | null;
                                "inquiry-template-version-id"?: string | null;
                                note?: string | null;
                                "redirect-uri"?: string | null;
                                "reference-id"?: string | null;
                                tags?: string[] | null;
                                "template-id"?: string | null;
                                "theme-id"?: string | null;
                                "theme-set-id"?: string | null;
                            };
                        };
                        meta?: {
                            "auto-create-account"?: boolean;
                            "auto-create-account-reference-id"?: string;
                            "auto-create-account-type-id"?: string;
                            "auto-create-inquiry-session"?: boolean;
                            "auto-create-one-time-link"?: boolean;
                            "expiration-after-create-interval-seconds"?: number | null;
                            "expiration-after-resume-interval-seconds"?: number | null;
                            "expiration-after-start-interval-seconds"?: number | null;
                            "one-time-link-expiration-seconds"?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                note?: string | null;
                                "redirect-uri"?: string | null;
                                tags?: string[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/inquiries/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        meta?: {
                            comment?: string;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                        meta?: Record<string, never>;
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        meta?: {
                            comment?: string;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                        meta?: Record<string, never>;
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                        meta?: Record<string, never>;
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/mark-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                        meta?: Record<string, never>;
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attributes: {
                                    limit: number;
                                    remaining: number;
                                    "seconds-to-reset": number;
                                };
                                /** @enum {string} */
                                type: "rate-limit/api";
                            }[];
                        };
                    };
                };
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                "reference-id"?: string;
                                tags?: string[] | null;
                                "transaction-type-id"?: string;
                            };
                        };
                        meta?: Record<string, never>;
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                fields?: {
                                    [key: string]: unknown;
                                } | null;
                                "reference-id"?: string;
                                /** @enum {unknown} */
                                status?: "created" | "approved" | "declined" | "needs review";
                                tags?: string[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                checks?: {
                                    metadata?: {
                                        [key: string]: unknown;
                                    };
                                    name: string;
                                    reasons?: string[];
                                    requirement?: string;
                                    /** @enum {unknown} */
                                    status: "passed" | "failed" | "not_applicable";
                                }[];
                                "country-code"?: string | null;
                                "inquiry-id": string;
                                /** @enum {unknown} */
                                status: "passed" | "failed";
                                tags?: string[];
                            };
                            /** @enum {unknown} */
                            type: "verification/government-id" | "verification/selfie" | "verification/database" | "verification/document" | "verification/email-address" | "verification/phone-number";
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                "api-attributes-blocklist"?: string[];
                                "api-key-inflection"?: "kebab" | "camel" | "snake";
                                "api-version"?: "2026-09-29" | "2025-12-08" | "2025-10-27" | "2023-01-05" | "2022-09-01" | "2021-08-18" | "2021-07-05" | "2021-02-21" | "2020-05-18";
                                "custom-http-headers"?: {
                                    [key: string]: string;
                                } | null;
                                description?: string | null;
                                "enabled-events": string[];
                                "file-access-token-expires-in"?: number;
                                "included-allowlist"?: ({
                                    /** @enum {string} */
                                    state: "include_all";
                                } | {
                                    /** @enum {string} */
                                    state: "include_none";
                                } | {
                                    "event-types": {
                                        "event-type": string;
                                        relationships: string[];
                                    }[];
                                    /** @enum {string} */
                                    state: "custom";
                                }) | null;
                                name: string;
                                "payload-filter"?: {
                                    data?: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                "relationship-allowlist"?: {
                                    /** @enum {string} */
                                    state: "include_all";
                                } | {
                                    /** @enum {string} */
                                    state: "include_none";
                                };
                                url: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data?: {
                            attributes?: {
                                "api-attributes-blocklist"?: string[];
                                "api-key-inflection"?: "kebab" | "camel" | "snake";
                                "api-version"?: "2026-09-29" | "2025-12-08" | "2025-10-27" | "2023-01-05" | "2022-09-01" | "2021-08-18" | "2021-07-05" | "2021-02-21" | "2020-05-18";
                                "custom-http-headers"?: {
                                    [key: string]: string;
                                } | null;
                                description?: string | null;
                                "enabled-events"?: string[];
                                "file-access-token-expires-in"?: number;
                                "included-allowlist"?: ({
                                    /** @enum {string} */
                                    state: "include_all";
                                } | {
                                    /** @enum {string} */
                                    state: "include_none";
                                } | {
                                    "event-types": {
                                        "event-type": string;
                                        relationships: string[];
                                    }[];
                                    /** @enum {string} */
                                    state: "custom";
                                }) | null;
                                name?: string;
                                "payload-filter"?: {
                                    data?: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                "relationship-allowlist"?: {
                                    /** @enum {string} */
                                    state: "include_all";
                                } | {
                                    /** @enum {string} */
                                    state: "include_none";
                                };
                                url?: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        meta?: {
                            "expires-in-seconds"?: number;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": null | {
                        data?: {
                            attributes?: Record<string, never>;
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow-runs/{id}/step-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                name: string;
                                /** @enum {unknown} */
                                status?: "running" | "paused";
                                steps: ({
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                trigger: {
                                    "event-name": string;
                                    filter?: {
                                        [key: string]: unknown;
                                    } | null;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                name?: string;
                                /** @enum {unknown} */
                                status?: "running" | "paused";
                                steps?: ({
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                trigger?: {
                                    "event-name": string;
                                    filter?: {
                                        [key: string]: unknown;
                                    } | null;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workflows/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required with a session (`userToken`): the environment of the user's organization to act in. Ignored with an API key. */
                    "Tessera-Environment"?: "sandbox" | "production";
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            attributes: {
                                fields: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Bad Request (JSON:API errors document) */
                400: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Unauthorized (JSON:API errors document) */
                401: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Forbidden (JSON:API errors document) */
                403: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Not Found (JSON:API errors document) */
                404: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict (JSON:API errors document) */
                409: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description Too Many Requests (JSON:API errors document) */
                429: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                detail?: string;
                                status?: string;
                                title?: string;
                            }[];
                        };
                    };
                };
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        /** @description The environment that handled the request (`env_…`). */
                        "Persona-Environment-Id"?: string;
                        /** @description The organization that handled the request (`org_…`). */
                        "Persona-Organization-Id"?: string;
                        /** @description Requests allowed in the current rate-limit window for this API key. */
                        "RateLimit-Limit"?: number;
                        /** @description Requests left in the current window. */
                        "RateLimit-Remaining"?: number;
                        /** @description Seconds until the window resets. */
                        "RateLimit-Reset"?: number;
                        /** @description Id of the API log entry that recorded this request (`req_…`); on every response. */
                        "Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token introspection (RFC 7662) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description `client_secret_post`: the client: the API key's id (`api_…`), or `admin` for the admin token. With Basic, the Basic user name. */
                        client_id?: string;
                        /** @description `client_secret_post`: the API key (or the admin token). Not together with an `Authorization` header. */
                        client_secret?: string;
                        /** @description The credential to describe: an API key, a personal access token, a user API token (either form) or a session JWT. */
                        token: string;
                        /** @description Accepted and ignored (RFC 7009 §2.1): Tessera recognizes every credential kind by its format. */
                        token_type_hint?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description The credential's state: `{"active": false}` alone when it is not usable or not visible to the client */
                200: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether the credential is usable now and visible to the client (its own organization; the admin token sees all). */
                            active: boolean;
                            /** @description Expiry (seconds since the epoch); absent for a credential that does not expire. */
                            exp?: number;
                            /** @description Issue time (seconds since the epoch). */
                            iat?: number;
                            /** @description The issuer (the `issuer` of `/.well-known/oauth-authorization-server`). */
                            iss?: string;
                            /** @description A session's id (sessions only). */
                            jti?: string;
                            /** @description Space-separated effective scopes (a user credential, cut to the owner's role) or an API key's permissions. */
                            scope?: string;
                            /** @description The user's id (as `/v3` and Astra show it) for user credentials; the organization's id for an API key. */
                            sub?: string;
                            /** @description The credential's id where Tessera shows it: an API key's `api_…`, a personal access token's `/v3` id, a user API token's Astra id (absent for sessions: see `jti`). */
                            tessera_credential_id?: string;
                            /** @description Tessera's credential kind. */
                            tessera_credential_kind?: "api_key" | "personal_access_token" | "user_api_token" | "session";
                            /** @description An API key's environment kind. */
                            tessera_environment?: "sandbox" | "production";
                            /** @description An API key's environment (`env_…`). */
                            tessera_environment_id?: string;
                            /** @description The owning organization (its `/v3` organizationId and Astra account_id). */
                            tessera_organization_id?: string;
                            /** @description The owning user's current role (user credentials only). */
                            tessera_user_role?: "owner" | "admin" | "member" | "viewer";
                            /**
                             * @description Every Tessera credential is a bearer token (RFC 6750).
                             * @enum {string}
                             */
                            token_type?: "Bearer";
                            /** @description The owning user's email (user credentials only). */
                            username?: string;
                        };
                    };
                };
                /** @description `invalid_request` (no token, not a form, a parameter given twice, two client authentications) or `unsupported_token_type` */
                400: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `invalid_client`: no, unknown or wrong client credentials, or a client_id that is not the secret's */
                401: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description `Basic realm="tessera", Bearer` */
                        "WWW-Authenticate"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `unauthorized_client`: the API key lacks `oauth.introspect` */
                403: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `slow_down`: too many failed client authentications from this address */
                429: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description Seconds to wait */
                        "Retry-After"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `temporarily_unavailable`: the database does not answer */
                503: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description Seconds to wait */
                        "Retry-After"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Token revocation (RFC 7009) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description `client_secret_post`: the client: the API key's id (`api_…`), or `admin` for the admin token. With Basic, the Basic user name. */
                        client_id?: string;
                        /** @description `client_secret_post`: the API key (or the admin token). Not together with an `Authorization` header. */
                        client_secret?: string;
                        /** @description The credential to revoke (a session JWT ends that session). */
                        token: string;
                        /** @description Accepted and ignored (RFC 7009 §2.1). */
                        token_type_hint?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Revoked, or nothing to revoke; the body is empty */
                200: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request` (no token, not a form, a parameter given twice, two client authentications) or `unsupported_token_type` */
                400: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `invalid_client`: no, unknown or wrong client credentials, or a client_id that is not the secret's */
                401: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description `Basic realm="tessera", Bearer` */
                        "WWW-Authenticate"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `unauthorized_client`: the API key lacks `oauth.introspect` */
                403: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `slow_down`: too many failed client authentications from this address */
                429: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description Seconds to wait */
                        "Retry-After"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
                /** @description `temporarily_unavailable`: the database does not answer */
                503: {
                    headers: {
                        /** @description `no-store` */
                        "Cache-Control"?: unknown;
                        /** @description `no-cache` */
                        Pragma?: unknown;
                        /** @description Seconds to wait */
                        "Retry-After"?: unknown;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: "invalid_request" | "invalid_client" | "unauthorized_client" | "unsupported_token_type" | "slow_down" | "server_error" | "temporarily_unavailable";
                            error_description: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountAlias: string;
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out: end the presented session
         * @description Extension. Ends the login session (JWT) in the Authorization header at once, on every surface and in every process; the user's other sessions and tokens are untouched. Only a session can log out: a personal access token or user API token gets 400 ValidationFailed (revoke those instead). `POST /oauth/revoke` ends a session the same way.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session is ended; it gets 401 InvalidToken from now on */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/personal-access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        name: string;
                        /** @enum {boolean} */
                        revoked?: false;
                        scopes: string[];
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/personal-access-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The personal access token (its secret is never returned) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "0b6f5f3e-2a55-4c1e-9c7b-4a0e7d2b9f11",
                         *       "createdAt": "2019-08-24T14:15:22.000Z",
                         *       "updatedAt": "2019-08-24T14:15:22.000Z",
                         *       "name": "CI deploys",
                         *       "expiresAt": "2020-08-24T14:15:22.000Z",
                         *       "revoked": false,
                         *       "scopes": [
                         *         "license:read"
                         *       ],
                         *       "userId": "5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22",
                         *       "user": {
                         *         "id": "5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22",
                         *         "createdAt": "2019-08-24T14:15:22.000Z",
                         *         "updatedAt": "2019-08-24T14:15:22.000Z",
                         *         "name": "Ada Admin",
                         *         "firstName": "Ada",
                         *         "lastName": "Admin",
                         *         "email": "ada@example.com",
                         *         "role": "admin",
                         *         "twoFactorEnabled": false,
                         *         "googleSsoEnabled": false,
                         *         "lastLoginAt": "2019-08-24T14:15:22.000Z",
                         *         "company": null,
                         *         "allowCustomerPortalAccess": false,
                         *         "roles": [
                         *           "admin"
                         *         ],
                         *         "lastSeenAt": "2019-08-24T14:15:22.000Z",
                         *         "organizationId": "9a7e3c1d-4b2f-4d8e-a6c5-1f0e2d3c4b5a",
                         *         "organization": {
                         *           "id": "9a7e3c1d-4b2f-4d8e-a6c5-1f0e2d3c4b5a",
                         *           "createdAt": "2019-08-24T14:15:22.000Z",
                         *           "updatedAt": "2019-08-24T14:15:22.000Z",
                         *           "name": "Example Inc.",
                         *           "email": "ops@example.com",
                         *           "description": null,
                         *           "allowedUsers": 10,
                         *           "address": {
                         *             "addressLine1": null,
                         *             "addressLine2": null,
                         *             "city": null,
                         *             "state": null,
                         *             "country": null,
                         *             "postalCode": null
                         *           },
                         *           "resellerId": null,
                         *           "reseller": null
                         *         },
                         *         "resellerId": null,
                         *         "reseller": null,
                         *         "metadata": [
                         *           {
                         *             "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                         *             "createdAt": "2019-08-24T14:15:22.000Z",
                         *             "updatedAt": "2019-08-24T14:15:22.000Z",
                         *             "key": "team",
                         *             "value": "platform",
                         *             "viewPermissions": [
                         *               "activation"
                         *             ],
                         *             "visible": true
                         *           }
                         *         ],
                         *         "tags": [
                         *           "ops"
                         *         ],
                         *         "emailPreference": {
                         *           "metrics": false
                         *         }
                         *       },
                         *       "lastUsedAt": null,
                         *       "lastRotatedAt": null
                         *     }
                         */
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        name?: string;
                        revoked?: boolean;
                        scopes?: string[];
                    };
                };
            };
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v3/personal-access-tokens/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The response (see the surface documentation) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
