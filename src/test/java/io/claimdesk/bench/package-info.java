/**
 * Benchmarks and their data generator. Not part of the test suite (class names end in Generator/Benchmark, which
 * Surefire does not pick up by default); docs/benchmarks.md gives the commands.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.bench;
