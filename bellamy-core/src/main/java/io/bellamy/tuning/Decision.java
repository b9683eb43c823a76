package io.bellamy.tuning;

/** A scheduler's answer to an epoch report. */
public enum Decision {
    /** The trial may run more epochs. */
    CONTINUE,
    /** The trial ends after this epoch. */
    STOP
}
