/**
 * The one configuration of Bellamy: built-in defaults equal to the prototype's {@code config.yml}
 * (with SPEC §5's search space), overridden by a YAML file and then by command-line options.
 */
package io.bellamy.config;
