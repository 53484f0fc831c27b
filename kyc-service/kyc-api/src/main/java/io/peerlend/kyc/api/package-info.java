/**
 * The KYC and AML service's published contract. Events here are what other services follow: lending lets only a
 * verified customer borrow or lend ({@link io.peerlend.kyc.api.CustomerVerified}) and stops on
 * {@link io.peerlend.kyc.api.CustomerSuspended} or {@link io.peerlend.kyc.api.CustomerRejected}. Personal data never
 * appears in clear in an event: it travels as {@link io.peerlend.kyc.api.Sealed} values, readable only with the
 * customer's data key, which erasure deletes.
 */
package io.peerlend.kyc.api;
