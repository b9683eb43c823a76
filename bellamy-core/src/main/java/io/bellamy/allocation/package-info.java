/**
 * Allocation policies: turn a predicted runtime curve over a scale-out range into one
 * recommended scale-out and the reason for it.
 */
package io.bellamy.allocation;
