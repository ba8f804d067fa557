/** JMH benchmarks. */
package nova.bench;
