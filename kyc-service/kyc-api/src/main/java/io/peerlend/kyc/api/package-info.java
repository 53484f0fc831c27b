/**
 * The kyc and aml service's published contract: commands, events, queries and DTOs as Java records.
 * Other services depend on this package only, never on the service's implementation.
 */
package io.peerlend.kyc.api;
