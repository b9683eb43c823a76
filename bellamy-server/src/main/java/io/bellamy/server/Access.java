package io.bellamy.server;

/** What an endpoint requires of the caller's token. */
enum Access {
    /** Health, readiness, metrics: never a token. */
    PUBLIC,
    /** Reading and predicting: the read token (or the write token). */
    READ,
    /** Recording runs and starting pre-training: the write token when one is set. */
    WRITE
}
