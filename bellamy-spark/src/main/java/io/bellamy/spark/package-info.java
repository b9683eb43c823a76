/**
 * Bellamy on Apache Spark: a search's trials as Spark tasks ({@link
 * io.bellamy.spark.SparkTrialEngine}, rung by rung, one Spark job per round) and whole
 * pre-trainings as Spark tasks ({@link io.bellamy.spark.SparkPretrainEngine}), selected in the
 * command line by {@code --engine spark} through {@link
 * io.bellamy.spark.SparkPretrainEngineProvider}; {@link io.bellamy.spark.SparkSubmitMain} is the
 * entry point of the {@code spark-submit} jar. Spark is a provided dependency: it comes from the
 * cluster, {@code spark-submit} or the {@code ./bellamy} launcher, never from Bellamy's jars.
 */
package io.bellamy.spark;
