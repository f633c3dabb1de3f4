/**
 * Benchmarks (JMH, {@code benchmarks/target/benchmarks.jar}) and the load tools that the scripts
 * under {@code benchmarks/} and {@code reliability/} run. Nothing here runs in {@code ./mvnw verify}.
 */
package dev.ordercore.benchmarks;
