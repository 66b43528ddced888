package io.transmute.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's JVM per operation ({@code cpu.time.norm}, ns/op), like
 * {@code gc.alloc.rate.norm}: the process's CPU time over each measured iteration (its GC and
 * compiler threads included) divided by the operations the iteration ran.
 *
 * <p>Wall-clock throughput is what JMH reports, and what counts on a machine of one's own; on a
 * shared machine, where other processes take the cores for seconds at a time, it varies by a
 * factor of ten between iterations. The CPU a conversion costs varies far less: when the machine is
 * busy, the ratios of CPU time are the comparison to read.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** The secondary result's name. */
    public static final String LABEL = "cpu.time.norm";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - start;
        long ops = result.getMetadata().getAllOps();
        if (ops == 0 || cpu < 0) {
            return List.of();
        }
        return List.of(new ScalarResult(LABEL, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    }
}
