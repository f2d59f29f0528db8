/**
 * The build as an Apache Spark job: the same article-to-quads function as {@code newskg build}
 * ({@link org.newskg.extract.ExtractionPipeline} then {@link org.newskg.rdf.ExtractionToRdf}),
 * run in {@code mapPartitions} with one pipeline per executor JVM, over files of any Hadoop file
 * system. {@link org.newskg.spark.SparkBuild} is the job, {@link org.newskg.spark.SparkBuildMain}
 * its command line for {@code spark-submit}; Spark does the scheduling, retries and shuffles.
 */
package org.newskg.spark;
